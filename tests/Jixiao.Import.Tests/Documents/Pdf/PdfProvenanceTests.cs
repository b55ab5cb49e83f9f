using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>A value read from a PDF names the page, the line on it and, in a table, the cell (pdftotext as the witness for lines).</summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed class PdfProvenanceTests(ReportDocuments documents)
{
    [Fact]
    public void Read_SeedTable_CellsKeepTheirPlaceOnThePage()
    {
        var result = DocumentImporter.Import(documents.Pdf("001_8a8cd6fc1c5a3d32.facts.json"), "001.pdf", new ExtractionOptions { Provenance = true });

        var source = result.Evaluation!.Provenance!["budget.adjusted"];
        Assert.Equal(1, source.Page);
        Assert.StartsWith("表 1 第 2 行", source.Cell, StringComparison.Ordinal);
        Assert.Contains("2395.15", source.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeedProse_ValueNamesPageAndLines()
    {
        var pdf = documents.Pdf("004_72382f823690f8e1.facts.json");
        var result = DocumentImporter.Import(pdf, "004.pdf", new ExtractionOptions { Provenance = true });

        var source = result.Evaluation!.Provenance!["budget.actual"];
        var (page, line) = Poppler.PrintedAt(pdf, "1863.95787");
        Assert.Equal(page, source.Page);
        Assert.Equal(line, source.EndLine);
        Assert.Null(source.Cell);
    }
}
