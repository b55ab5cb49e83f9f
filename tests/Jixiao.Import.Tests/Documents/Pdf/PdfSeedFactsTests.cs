using Jixiao.Domain.Interchange;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>Every hand-checked fact of the seed reports holds when the report is read from a PDF LibreOffice printed of it.</summary>
[Collection(PdfSampleSet.Name)]
public sealed class PdfSeedFactsTests(PdfSamples samples)
{
    public static TheoryData<string> Seeds() => FactsFiles.In(RepoPaths.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Import_SeedPrintedAsPdf_EveryFactHolds(string factsFile)
    {
        var name = factsFile.Replace(".facts.json", "", StringComparison.Ordinal);
        var result = DocumentImporter.Import(samples.Pdf(name), name + ".pdf", new ExtractionOptions());

        Assert.True(result.Evaluation is not null, result.Problem);
        var check = FactsCheck.Run(File.ReadAllText(Path.Combine(RepoPaths.Seeds, factsFile)), InterchangeJson.Write(result.Evaluation));
        Assert.True(check.AllPassed, $"{factsFile} from PDF:\n{check.Describe()}");
    }

    [Fact]
    public void Read_SeedTable_CellsKeepTheirPlaceOnThePage()
    {
        var name = "001_8a8cd6fc1c5a3d32";
        var result = DocumentImporter.Import(samples.Pdf(name), name + ".pdf", new ExtractionOptions { Provenance = true });

        var source = result.Evaluation!.Provenance!["budget.adjusted"];
        Assert.Equal(1, source.Page);
        Assert.StartsWith("表 1 第 2 行", source.Cell, StringComparison.Ordinal);
        Assert.Contains("2395.15", source.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeedProse_ValueNamesPageAndLines()
    {
        var name = "004_72382f823690f8e1";
        var result = DocumentImporter.Import(samples.Pdf(name), name + ".pdf", new ExtractionOptions { Provenance = true });

        // 「…共完成支付」 ends one line, 「1863.95787 万元。」 starts the next.
        var source = result.Evaluation!.Provenance!["budget.actual"];
        var (page, line) = Poppler.PrintedAt(samples.Pdf(name), "1863.95787");
        Assert.Equal(page, source.Page);
        Assert.Equal((line - 1, line), (source.Line, source.EndLine));
        Assert.Null(source.Cell);
    }
}
