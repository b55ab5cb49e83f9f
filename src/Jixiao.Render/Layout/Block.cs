namespace Jixiao.Render.Layout;

/// <summary>A piece of a document in reading order: what the docx, HTML and markdown writers of a report each lay out in their own way.</summary>
internal abstract record Block;

/// <summary>The document's title (小标宋 二号 in official style).</summary>
internal sealed record TitleBlock(string Text) : Block;

/// <summary>A heading: level 1 (一、 黑体) or level 2 (（一） 楷体).</summary>
internal sealed record HeadingBlock(int Level, string Text) : Block;

/// <summary>
/// A body paragraph, first line indented two characters; <see cref="Right"/> sets it flush right (the signature, the date),
/// <see cref="Flush"/> flush left without the indent (the addressee of a letter, 主送机关).
/// </summary>
internal sealed record ParagraphBlock(string Text, bool Right = false, bool Flush = false) : Block;

/// <summary>A table: a whole form or part of one.</summary>
internal sealed record GridBlock(Grid Grid) : Block;

/// <summary>A picture (a chart): PNG bytes, its size in millimetres on the page and, for HTML, its SVG.</summary>
internal sealed record ImageBlock(byte[] Png, string? Svg, double WidthMm, double HeightMm, string Description) : Block;
