namespace Jixiao.Import.Layout;

/// <summary>How an outline number is printed; the order is the usual outline rank, highest first.</summary>
internal enum MarkerStyle
{
    /// <summary>第一部分, 第一章: above the 一、 they contain.</summary>
    Part = 0,

    /// <summary>一、</summary>
    ChineseComma = 1,

    /// <summary>（一） or (一)</summary>
    ChineseParen = 2,

    /// <summary>1. or 1、</summary>
    Arabic = 3,

    /// <summary>（1） or (1)</summary>
    ArabicParen = 4,

    /// <summary>①</summary>
    Circled = 5,

    /// <summary>目标1: 任务2： 问题3、 (a word and a number)</summary>
    Labelled = 6,

    /// <summary>一是 二是 (inline enumeration)</summary>
    Inline = 7,

    /// <summary>A markdown bullet (- or *) without a number.</summary>
    Bullet = 8,
}
