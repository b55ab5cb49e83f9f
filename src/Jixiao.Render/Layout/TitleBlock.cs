namespace Jixiao.Render.Layout;

/// <summary>The document's title (小标宋 二号 in official style).</summary>
internal sealed record TitleBlock(string Text) : Block;
