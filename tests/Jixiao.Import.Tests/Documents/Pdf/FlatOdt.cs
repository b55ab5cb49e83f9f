using System.Globalization;
using System.Security;
using System.Text;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A small LibreOffice document (flat ODT XML) for PDFs that HTML cannot make: a running head, a foot with the page
/// number, tables whose header row repeats on every page, merged cells. In a table row, "&lt;" is a cell merged
/// into the one at its left and "^" a cell merged into the one above.
/// </summary>
internal sealed class FlatOdt
{
    private readonly StringBuilder _body = new();
    private readonly StringBuilder _styles = new();

    public string? Header { get; init; }

    /// <summary>The foot; "{page}" becomes the page number.</summary>
    public string? Footer { get; init; }

    public FlatOdt Paragraph(string text) => Add("Body", text);

    /// <summary>A title, larger and bold, centered.</summary>
    public FlatOdt Title(string text) => Add("Title", text);

    private FlatOdt Add(string style, string text)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<text:p text:style-name=\"{style}\">{Escape(text)}</text:p>\n");
        return this;
    }

    public FlatOdt PageBreak()
    {
        _body.Append("<text:p text:style-name=\"Break\"/>\n");
        return this;
    }

    public FlatOdt Table(IReadOnlyList<string[]> rows, int headerRows = 0, double[]? widthsCm = null)
    {
        var columns = rows[0].Length;
        var widths = widthsCm ?? Enumerable.Repeat(16.0 / columns, columns).ToArray();
        var name = "T" + _body.Length.ToString(CultureInfo.InvariantCulture);
        _body.Append(CultureInfo.InvariantCulture, $"<table:table table:name=\"{name}\" table:style-name=\"Table\">\n");
        for (var c = 0; c < columns; c++)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<table:table-column table:style-name=\"{name}C{c}\"/>\n");
            _styles.Append(CultureInfo.InvariantCulture,
                $"<style:style style:name=\"{name}C{c}\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"{widths[c]:0.00}cm\"/></style:style>\n");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            _body.Append(r == 0 && headerRows > 0 ? "<table:table-header-rows>" : "").Append("<table:table-row>");
            for (var c = 0; c < columns; c++)
            {
                var text = rows[r][c];
                if (text is "<" or "^")
                {
                    _body.Append("<table:covered-table-cell/>");
                    continue;
                }

                var (across, down) = (1, 1);
                while (c + across < columns && rows[r][c + across] == "<")
                {
                    across++;
                }

                while (r + down < rows.Count && rows[r + down][c] == "^")
                {
                    down++;
                }

                _body.Append("<table:table-cell table:style-name=\"Cell\"")
                    .Append(across > 1 ? string.Create(CultureInfo.InvariantCulture, $" table:number-columns-spanned=\"{across}\"") : "")
                    .Append(down > 1 ? string.Create(CultureInfo.InvariantCulture, $" table:number-rows-spanned=\"{down}\"") : "")
                    .Append('>');
                foreach (var paragraph in text.Split('\n'))
                {
                    _body.Append("<text:p>").Append(Escape(paragraph)).Append("</text:p>");
                }

                _body.Append("</table:table-cell>");
            }

            _body.Append("</table:table-row>").Append(r == headerRows - 1 ? "</table:table-header-rows>" : "").Append('\n');
        }

        _body.Append("</table:table>\n");
        return this;
    }

    public string Build()
    {
        var header = Header is null ? "" : $"<style:header><text:p text:style-name=\"Center\">{Escape(Header)}</text:p></style:header>";
        var footer = Footer is null ? "" : "<style:footer><text:p text:style-name=\"Center\">"
            + Escape(Footer).Replace("{page}", "<text:page-number text:select-page=\"current\">1</text:page-number>", StringComparison.Ordinal)
            + "</text:p></style:footer>";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
              xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:styles>
            <style:default-style style:family="paragraph"><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" style:font-name-asian="Noto Serif CJK SC"/></style:default-style>
            </office:styles>
            <office:automatic-styles>
            <style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
            <style:header-style><style:header-footer-properties fo:min-height="1cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="1cm"/></style:footer-style></style:page-layout>
            <style:style style:name="Table" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
            <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
            <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
            <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
            <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
            <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
            {_styles}</office:automatic-styles>
            <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">{header}{footer}</style:master-page></office:master-styles>
            <office:body><office:text>
            {_body}</office:text></office:body>
            </office:document>
            """;
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
