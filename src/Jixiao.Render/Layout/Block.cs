namespace Jixiao.Render.Layout;

/// <summary>A piece of a document in reading order: what the docx, HTML and markdown writers of a report each lay out in their own way.</summary>
internal abstract record Block;
