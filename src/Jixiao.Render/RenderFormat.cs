namespace Jixiao.Render;

/// <summary>The file formats a document is written in (PDF is made from the docx or xlsx by LibreOffice, outside the renderers).</summary>
public enum RenderFormat
{
    Xlsx,
    Docx,
    Html,
    Markdown,
}
