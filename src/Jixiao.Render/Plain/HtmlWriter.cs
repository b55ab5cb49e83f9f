using System.Net;
using System.Text;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Plain;

/// <summary>
/// Blocks as one self-contained HTML page (the web app shows it as it is): the style inline, tables with their merged
/// cells as rowspan and colspan, pictures as inline SVG (or PNG as a data URI). Nothing is fetched from elsewhere.
/// </summary>
internal static class HtmlWriter
{
    private const string Style = """
        body{font-family:"仿宋","FangSong","Noto Serif CJK SC",serif;max-width:60em;margin:2em auto;line-height:1.8;color:#000}
        h1{font-family:"方正小标宋简体","宋体","Noto Serif CJK SC",serif;font-weight:normal;text-align:center;font-size:1.6em}
        h2{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-weight:normal;font-size:1.15em}
        h3{font-family:"楷体","KaiTi","Noto Serif CJK SC",serif;font-weight:normal;font-size:1.1em}
        p{text-indent:2em;margin:.3em 0}p.right{text-align:right}p.caption,p.note{text-indent:0;font-size:.9em}p.flush{text-indent:0}
        table{border-collapse:collapse;width:100%;font-family:"宋体","SimSun","Noto Serif CJK SC",serif;font-size:.9em;margin:.5em 0}
        td,th{border:1px solid #000;padding:.2em .4em;vertical-align:middle}
        th{background:#f2f2f2;font-weight:bold}td.label{text-align:center}td.number{text-align:right;white-space:nowrap}td.total{font-weight:bold}
        figure{text-align:center;margin:1em 0}
        """;

    public static void Write(IReadOnlyList<Block> blocks, string title, Stream output)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title))
            .Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TitleBlock heading:
                    html.Append("<h1>").Append(Encode(heading.Text)).Append("</h1>\n");
                    break;
                case HeadingBlock heading:
                    html.Append(heading.Level == 1 ? "<h2>" : "<h3>").Append(Encode(heading.Text)).Append(heading.Level == 1 ? "</h2>\n" : "</h3>\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append(paragraph.Right ? "<p class=\"right\">" : paragraph.Flush ? "<p class=\"flush\">" : "<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                    break;
                case GridBlock grid:
                    Table(html, grid.Grid);
                    break;
                case ImageBlock image:
                    html.Append("<figure>").Append(image.Svg ?? $"<img alt=\"{Encode(image.Description)}\" src=\"data:image/png;base64,{Convert.ToBase64String(image.Png)}\">")
                        .Append("<figcaption>").Append(Encode(image.Description)).Append("</figcaption></figure>\n");
                    break;
            }
        }

        html.Append("</body>\n</html>\n");
        output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString()));
    }

    private static void Table(StringBuilder html, Grid grid)
    {
        if (grid.Caption is { } caption)
        {
            html.Append("<p class=\"caption\">").Append(Encode(caption)).Append("</p>\n");
        }

        html.Append("<table>\n");
        foreach (var row in grid.Cells.GroupBy(cell => cell.Row))
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var tag = cell.Role == CellRole.Header ? "th" : "td";
                var classes = cell.IsNumeric ? "number" : cell.Role == CellRole.Label ? "label" : null;
                classes = cell.Role == CellRole.Total ? (classes is null ? "total" : classes + " total") : classes;
                html.Append('<').Append(tag);
                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                if (classes is not null)
                {
                    html.Append(" class=\"").Append(classes).Append('"');
                }

                html.Append('>').Append(Encode(cell.Shown).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
        foreach (var note in grid.Notes)
        {
            html.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>\n");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
