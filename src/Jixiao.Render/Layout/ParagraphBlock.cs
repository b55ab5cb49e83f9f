namespace Jixiao.Render.Layout;

/// <summary>
/// A body paragraph, first line indented two characters; <see cref="Right"/> sets it flush right (the signature, the date),
/// <see cref="Flush"/> flush left without the indent (the addressee of a letter, 主送机关).
/// </summary>
internal sealed record ParagraphBlock(string Text, bool Right = false, bool Flush = false) : Block;
