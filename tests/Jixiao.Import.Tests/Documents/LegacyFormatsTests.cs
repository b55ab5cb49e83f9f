using Jixiao.Import.Documents;
using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents;

/// <summary>
/// A report saved by LibreOffice as .doc, .rtf and .odt (as older Office, WPS and LibreOffice users hand it in) is read
/// through LibreOffice into the same facts as its Word original; and when LibreOffice is missing, the message says what to do.
/// </summary>
[Collection(nameof(LegacyFormatsTests))]
public sealed class LegacyFormatsTests
{
    private const string Report = "03_pdf_henan_nongye_2021";

    [Fact]
    public void Import_DocRtfAndOdt_HoldEveryFactOfTheReport()
    {
        using var temp = new TempDir();
        var docx = temp.Write(Report + ".docx", MarkdownDocx.Write(File.ReadAllText(Path.Combine(FactsFiles.Corpus, Report + ".txt"))));
        string[] formats = ["doc", "rtf", "odt"];
        foreach (var format in formats)
        {
            var folder = Directory.CreateDirectory(Path.Combine(temp.Path, format)).FullName;
            Soffice.Convert([docx], folder, TimeSpan.FromMinutes(2), format);
            var file = Path.Combine(folder, $"{Report}.{format}");

            var result = ImportedFacts.Check(FactsFiles.Corpus, Report + ".facts.json", File.ReadAllBytes(file), Path.GetFileName(file));

            Assert.True(result.AllPassed, $"{Report}.{format}:\n{result.Describe()}");
        }
    }

    [Fact]
    public void Import_DocWithoutLibreOffice_SaysHowToReadIt()
    {
        using var temp = new TempDir();
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", temp.Path);
            var result = DocumentImporter.Import([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]], "报告.doc", new ExtractionOptions());

            Assert.Equal(DocumentKind.Legacy, result.Kind);
            Assert.Equal("读取 .doc 文件需要 LibreOffice，本机未安装：请运行 scripts/system-packages.sh，或把文件另存为 .docx / .xlsx 后导入", result.Problem);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }
}

/// <summary>One test empties PATH for a moment: nothing else may start a program meanwhile.</summary>
[CollectionDefinition(nameof(LegacyFormatsTests), DisableParallelization = true)]
public sealed class LegacyFormatsDefinition;
