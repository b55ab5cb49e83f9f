using System.Text.Json.Nodes;
using Jixiao.Import.Text;

namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>
/// The five seeds and the corpus as Word documents (<see cref="MarkdownDocx"/>) and as PDFs printed from those by
/// LibreOffice, built once per test run in a temporary folder; seed-derived files never enter the repository.
/// The PDFs are printed when first asked for, so that the Word tests run even where LibreOffice is missing.
/// </summary>
public sealed class ReportDocuments : IDisposable
{
    private readonly TempDir _folder = new();
    private readonly Lazy<bool> _printed;

    public ReportDocuments()
    {
        Directory.CreateDirectory(_folder.File("pdf"));
        foreach (var (folder, factsFile) in All())
        {
            File.WriteAllBytes(DocxPath(factsFile), MarkdownDocx.Write(Text(folder, factsFile)));
        }

        _printed = new Lazy<bool>(PrintAll);
    }

    public static IEnumerable<(string Folder, string FactsFile)> All() =>
        new[] { RepoPaths.Seeds, FactsFiles.Corpus }.SelectMany(folder => Directory.GetFiles(folder, "*.facts.json")
            .Select(file => (folder, Path.GetFileName(file))).OrderBy(document => document.Item2, StringComparer.Ordinal));

    public byte[] Docx(string factsFile) => File.ReadAllBytes(DocxPath(factsFile));

    public byte[] Pdf(string factsFile)
    {
        _ = _printed.Value;
        return File.ReadAllBytes(_folder.File(Path.Combine("pdf", Stem(factsFile) + ".pdf")));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The decoded text of the document <paramref name="factsFile"/> describes (see <see cref="SourceOf"/>).</summary>
    public static string Text(string folder, string factsFile)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(folder, SourceOf(folder, factsFile))));
        return decoded.Text ?? throw new InvalidDataException($"{factsFile}: {decoded.Problem}");
    }

    /// <summary>The text a facts file describes: its "source", else NAME.txt.</summary>
    public static string SourceOf(string folder, string factsFile) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, factsFile)))?["source"]?.GetValue<string>() ?? Stem(factsFile) + ".txt";

    private static string Stem(string factsFile) => factsFile.Replace(".facts.json", "", StringComparison.Ordinal);

    private string DocxPath(string factsFile) => _folder.File(Stem(factsFile) + ".docx");

    private bool PrintAll()
    {
        Soffice.Convert([.. All().Select(document => DocxPath(document.FactsFile))], _folder.File("pdf"), TimeSpan.FromMinutes(5));
        return true;
    }
}
