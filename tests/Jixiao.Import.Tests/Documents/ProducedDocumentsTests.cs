using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Jixiao.Domain.Interchange;
using Jixiao.Import.Tests.Documents.Fixtures;
using UglyToad.PdfPig;

namespace Jixiao.Import.Tests.Documents;

/// <summary>
/// The seeds and the corpus as four producers write Word files and five print PDFs (<see cref="ProducedDocuments"/>),
/// each imported as a user imports it and checked against its facts. The goal is every fact, no wrong value, from every
/// producer; until the readers get there, ProducedDocuments.failing.txt (beside this file) lists, one line per fact, the
/// checks that still fail: "DOCUMENT⇥PRODUCER⇥FACT⇥missing" or "…⇥wrong: WHAT WAS READ != WHAT IS RIGHT" (a seed's
/// quoted text as #HASH: the seeds' words stay out of the repository; the failure message shows them). It is a
/// ratchet: a test fails when a check fails that the list does not name, or fails otherwise than it says (a new wrong
/// value), and also when a listed check now passes, so that the list only shrinks.
/// </summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed partial class ProducedDocumentsTests(ReportDocuments own, ProducedDocuments produced)
{
    /// <summary>Set to 1 to rewrite the lines of the documents tested from what the readers do now (then review `git diff`).</summary>
    private const string UpdateVariable = "JIXIAO_UPDATE_FAILING";

    private static readonly string s_listFile = RepoPaths.File("tests", "Jixiao.Import.Tests", "Documents", "ProducedDocuments.failing.txt");

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var producer in ProducedDocuments.All)
        {
            foreach (var (_, factsFile) in ReportDocuments.All().Where(document => producer.Makes(document.FactsFile)))
            {
                data.Add(producer.Name, factsFile);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Import_ProducedDocument_FailsOnlyAsListed(string producerName, string factsFile)
    {
        var producer = ProducedDocuments.Named(producerName);
        var document = Stem(factsFile);
        var actual = Failing(producer, factsFile, out var problem, out var shown);
        var (header, lines) = ReadList();
        var listed = lines.Where(line => Key(line) == (document, producer.Name)).ToList();
        var added = Minus(actual, listed);
        var removed = Minus(listed, actual);
        if (added.Count + removed.Count == 0)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            WriteList(header, [.. lines.Where(line => Key(line) != (document, producer.Name)), .. actual]);
            return;
        }

        var message = new StringBuilder($"{document} as written by {producer.Name} ({producer.Description}) does not fail as {Path.GetFileName(s_listFile)} says.\n");
        if (added.Count > 0)
        {
            message.Append("Failing now but not listed (a reader got worse or reads a new wrong value: fix the reader; only if the change is understood and meant, add these lines):\n");
            added.ForEach(line => message.Append("  + ").Append(line.Replace('\t', ' ')).Append(shown.TryGetValue(line, out var read) ? "   (" + read + ")" : "").Append('\n'));
        }

        if (removed.Count > 0)
        {
            message.Append("Listed but not failing so any more (remove from the list these lines of ").Append(s_listFile).Append("):\n");
            removed.ForEach(line => message.Append("  - ").Append(line.Replace('\t', ' ')).Append('\n'));
        }

        if (problem is not null)
        {
            message.Append("(The document: ").Append(problem).Append(")\n");
        }

        message.Append($"To rewrite the list's lines from what the readers do now: {UpdateVariable}=1 dotnet test tests/Jixiao.Import.Tests --filter ProducedDocumentsTests")
            .Append(" (this case alone: --filter \"DisplayName~").Append(producer.Name).Append("&DisplayName~").Append(document).Append("\"), then review `git diff` of the list.");
        Assert.Fail(message.ToString());
    }

    [Fact]
    public void FailingList_EveryLine_NamesADocumentAProducerAndAFailure_Sorted()
    {
        var documents = ReportDocuments.All().Select(document => Stem(document.FactsFile)).ToHashSet();
        var (_, lines) = ReadList();

        var bad = lines.Where(line => line.Split('\t') is not [var document, var producer, { Length: > 0 }, "missing" or ['w', 'r', 'o', 'n', 'g', ':', ' ', ..]]
            || !documents.Contains(document) || ProducedDocuments.All.All(known => known.Name != producer)).ToList();
        Assert.True(bad.Count == 0, $"{s_listFile}: lines that are not DOCUMENT⇥PRODUCER⇥FACT⇥(missing|wrong: …) for a known document and producer:\n{string.Join('\n', bad)}");
        var sorted = lines.Order(StringComparer.Ordinal).Distinct().ToList();
        Assert.True(sorted.SequenceEqual(lines), $"{s_listFile}: lines not sorted (ordinal) or repeated; sort them with `LC_ALL=C sort -u`");
    }

    /// <summary>Gnumeric prints a percent it recognized in its own format (93.8% as 93.80%): the same number with the same unit, and only that, is the fact.</summary>
    [Theory]
    [InlineData("93.80%", "93.8%", true)]
    [InlineData("100.00%", "100%", true)]
    [InlineData("93.81%", "93.8%", false)]
    [InlineData("93.80", "93.8%", false)]
    [InlineData("93.80万元", "93.8万元", false)]
    public void PrintsAs_ProducerThatFormatsNumbers_SameNumberAndUnitOnly(string read, string right, bool same)
    {
        Assert.Equal(same, ProducedDocuments.GnumericXlsx.PrintsAs(read, right));
        Assert.False(ProducedDocuments.ChromiumPdf.PrintsAs(read, right));
    }

    /// <summary>Four Word producers means four different files: the parts of the package and the elements of the body differ, not only the bytes.</summary>
    [Fact]
    public void WordProducers_SameSeed_WriteDifferentlyBuiltFiles()
    {
        foreach (var (_, factsFile) in ReportDocuments.All().Where(document => document.Folder == RepoPaths.Seeds))
        {
            var built = ProducedDocuments.All.Where(producer => producer.Extension == ".docx")
                .ToDictionary(producer => producer.Name, producer => PackageStructure(produced.Read(own, producer, factsFile), "word/document.xml"));

            var alike = built.SelectMany(a => built.Where(b => string.CompareOrdinal(a.Key, b.Key) < 0 && a.Value == b.Value).Select(b => $"{a.Key} = {b.Key}")).ToList();
            Assert.True(alike.Count == 0, $"{factsFile}: Word producers that write the same structure ({string.Join(", ", alike)}): the harness must test four different writers");
        }
    }

    /// <summary>Four workbook producers means four different files: the parts of the package and the elements of the sheet differ.</summary>
    [Fact]
    public void WorkbookProducers_Seed001_WriteDifferentlyBuiltFiles()
    {
        const string factsFile = "001_8a8cd6fc1c5a3d32.facts.json";
        var built = ProducedDocuments.All.Where(producer => producer.Extension == ".xlsx")
            .ToDictionary(producer => producer.Name, producer => PackageStructure(produced.Read(own, producer, factsFile), "xl/worksheets/sheet1.xml"));

        var alike = built.SelectMany(a => built.Where(b => string.CompareOrdinal(a.Key, b.Key) < 0 && a.Value == b.Value).Select(b => $"{a.Key} = {b.Key}")).ToList();
        Assert.Equal(4, built.Count);
        Assert.True(alike.Count == 0, $"workbook producers that write the same structure ({string.Join(", ", alike)}): the harness must test four different writers");
    }

    /// <summary>Each PDF producer is the program it claims (the document information's Producer), and the two LibreOffice ones print different Word files.</summary>
    [Fact]
    public void PdfProducers_SameSeed_AreDifferentPrograms()
    {
        var expected = new Dictionary<Producer, string>
        {
            [ProducedDocuments.LibreOfficePdf] = "LibreOffice",
            [ProducedDocuments.LibreOfficePandocPdf] = "LibreOffice",
            [ProducedDocuments.ChromiumPdf] = "Skia/PDF",
            [ProducedDocuments.WkhtmltopdfPdf] = "Qt ",
            [ProducedDocuments.AbiWordPdf] = "cairo ",
        };
        Assert.Equal(ProducedDocuments.All.Where(producer => producer.Extension == ".pdf").OrderBy(producer => producer.Name), expected.Keys.OrderBy(producer => producer.Name));
        foreach (var (_, factsFile) in ReportDocuments.All().Where(document => document.Folder == RepoPaths.Seeds))
        {
            foreach (var (producer, name) in expected)
            {
                using var pdf = PdfDocument.Open(produced.Read(own, producer, factsFile));
                var claimed = pdf.Information.Producer ?? "(none)";
                Assert.True(claimed.StartsWith(name, StringComparison.Ordinal), $"{factsFile} as {producer.Name}: the PDF says it was produced by {claimed}, not {name}…");
            }

            Assert.NotEqual(PageText(produced.Read(own, ProducedDocuments.LibreOfficePdf, factsFile)), PageText(produced.Read(own, ProducedDocuments.LibreOfficePandocPdf, factsFile)));
        }
    }

    /// <summary>
    /// The checks that fail, as lines of the list: "(not produced)" when the producer could not write the document (its
    /// <paramref name="problem"/> then says why), "(not read)" when the document gives no report at all; <paramref name="shown"/>
    /// holds a seed's wrong values as read, for the failure message.
    /// </summary>
    private List<string> Failing(Producer producer, string factsFile, out string? problem, out Dictionary<string, string> shown)
    {
        shown = [];
        var document = Stem(factsFile);
        var folder = ReportDocuments.All().Single(item => item.FactsFile == factsFile).Folder;
        if (produced.TryRead(own, producer, factsFile, out problem) is not { } bytes)
        {
            return [$"{document}\t{producer.Name}\t(not produced)\tmissing"];
        }

        var result = DocumentImporter.Import(bytes, document + producer.Extension, new ExtractionOptions());
        if (result.Evaluation is null)
        {
            problem = result.Problem;
            return [$"{document}\t{producer.Name}\t(not read)\tmissing"];
        }

        var check = FactsCheck.Run(File.ReadAllText(Path.Combine(folder, factsFile)), InterchangeJson.Write(result.Evaluation));
        var seed = folder == RepoPaths.Seeds;
        var lines = new List<string>();
        foreach (var failure in check.Failures.Where(failure => !(failure.Wrong && ReadAndRight().Match(failure.Reason!) is { Success: true } values
                     && producer.PrintsAs(values.Groups[1].Value, values.Groups[2].Value))))
        {
            var line = $"{document}\t{producer.Name}\t{failure.Name}\t{(failure.Wrong ? "wrong: " + Reason(failure.Reason!, seed) : "missing")}";
            lines.Add(line);
            if (seed && failure.Wrong && !line.EndsWith(failure.Reason!, StringComparison.Ordinal))
            {
                shown[line] = failure.Reason!;
            }
        }

        return [.. lines.Order(StringComparer.Ordinal)];
    }

    /// <summary>The reason on one line; a seed's text (quoted in it) as a hash, since the seeds' words stay out of the repository.</summary>
    private static string Reason(string reason, bool seed)
    {
        var line = reason.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return seed ? QuotedText().Replace(line, quoted => "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(quoted.Value)))[..12]) : line;
    }

    /// <summary>A string as check-facts quotes it (Python's repr).</summary>
    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""")]
    private static partial Regex QuotedText();

    /// <summary>A wrong string as check-facts words it: 'READ' != 'RIGHT'.</summary>
    [GeneratedRegex(@"^'([^'\\]*)' != '([^'\\]*)'$")]
    private static partial Regex ReadAndRight();

    private static string Stem(string factsFile) => factsFile.Replace(".facts.json", "", StringComparison.Ordinal);

    private static (string Document, string Producer) Key(string line)
    {
        var fields = line.Split('\t');
        return (fields[0], fields.Length > 1 ? fields[1] : "");
    }

    /// <summary>The lines of <paramref name="from"/> that <paramref name="take"/> does not hold, counting repeats.</summary>
    private static List<string> Minus(IEnumerable<string> from, IEnumerable<string> take)
    {
        var left = from.ToList();
        foreach (var line in take)
        {
            left.Remove(line);
        }

        return left;
    }

    /// <summary>The comment lines at the top (kept as they are) and the list itself.</summary>
    private static (List<string> Header, List<string> Lines) ReadList()
    {
        var all = File.ReadAllLines(s_listFile).ToList();
        var header = all.TakeWhile(line => line.StartsWith('#')).ToList();
        return (header, [.. all.Skip(header.Count).Where(line => line.Length > 0)]);
    }

    private static void WriteList(List<string> header, IEnumerable<string> lines) =>
        File.WriteAllLines(s_listFile, [.. header, .. lines.Order(StringComparer.Ordinal)]);

    /// <summary>The package's part names and the kinds of element its main part (<paramref name="main"/>) uses.</summary>
    private static string PackageStructure(byte[] package, string main)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var parts = zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal);
        using var body = (zip.GetEntry(main) ?? throw new InvalidDataException("no " + main)).Open();
        var elements = XDocument.Load(body).Descendants().Select(element => element.Name.LocalName).Distinct().Order(StringComparer.Ordinal);
        return string.Join(' ', parts) + " | " + string.Join(' ', elements);
    }

    private static string PageText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(page => page.Text));
    }
}
