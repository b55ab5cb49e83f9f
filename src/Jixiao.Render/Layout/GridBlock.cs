namespace Jixiao.Render.Layout;

/// <summary>A table: a whole form or part of one.</summary>
internal sealed record GridBlock(Grid Grid) : Block;
