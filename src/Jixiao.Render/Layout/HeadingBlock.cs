namespace Jixiao.Render.Layout;

/// <summary>A heading: level 1 (一、 黑体) or level 2 (（一） 楷体).</summary>
internal sealed record HeadingBlock(int Level, string Text) : Block;
