using System.Text.RegularExpressions;
using Jixiao.Import.Tests.Batch;

namespace Jixiao.Import.Tests;

/// <summary>
/// Every message `extract`, `check` and `import` print for the seeds and the corpus is in the user's words: no field
/// as an interchange path (keyIndicators[3], budget.bySource) and no English sentence (a library's error text).
/// </summary>
public sealed partial class MessageWordsTests
{
    [Fact]
    public void Messages_ExtractCheckAndImportOfSeedsAndCorpus_NoInterchangePathsNorEnglish()
    {
        using var temp = new TempDir();
        var documents = Directory.GetFiles(RepoPaths.Seeds, "*.txt")
            .Concat(Directory.GetFiles(FactsFiles.Corpus, "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();
        var lines = new List<(string Source, string Line)>();
        var folder = Directory.CreateDirectory(temp.File("all")).FullName;
        for (var i = 0; i < documents.Count; i++)
        {
            var json = temp.File($"{i}.json");
            var extracted = InProcess.Run("extract", documents[i], "-o", json);
            Collect(lines, "extract " + Path.GetFileName(documents[i]), extracted.Out + extracted.Error);
            if (File.Exists(json))
            {
                var check = InProcess.Run("check", json);
                Collect(lines, "check " + Path.GetFileName(documents[i]), check.Out + check.Error);
            }

            File.Copy(documents[i], Path.Combine(folder, $"{i:000}_{Path.GetFileName(documents[i])}"));
        }

        foreach (var sample in Directory.GetFiles(RepoPaths.File("samples"), "*.json"))
        {
            var check = InProcess.Run("check", sample);
            Collect(lines, "check " + Path.GetFileName(sample), check.Out + check.Error);
        }

        var output = temp.File("out");
        var import = InProcess.Run("import", folder, "-o", output);
        Collect(lines, "import", import.Out + import.Error);
        foreach (var sheet in (string[])["自评汇总", "文件清单", "问题清单"])
        {
            foreach (var row in SummaryReader.Sheet(Path.Combine(output, "summary.xlsx"), sheet))
            {
                Collect(lines, "summary.xlsx " + sheet, string.Join("\n", row.Where(cell => cell.Key is "说明" or "字段" or "问题").Select(cell => cell.Value)));
            }
        }

        var bad = lines.Where(line => InterchangePath().IsMatch(line.Line) || EnglishSentence().IsMatch(line.Line))
            .Select(line => $"{line.Source}: {line.Line}").Distinct().ToList();
        Assert.True(lines.Count > 1000, $"only {lines.Count} lines read");
        Assert.True(bad.Count == 0, $"{bad.Count} messages not in the user's words:\n" + string.Join("\n", bad.Take(40)));
    }

    private static void Collect(List<(string Source, string Line)> lines, string source, string text) =>
        lines.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (source, line.TrimEnd('\r'))));

    /// <summary>A field as the interchange JSON names it: keyIndicators[3], tasks[0].funds, budget.bySource.</summary>
    [GeneratedRegex(@"\b[A-Za-z]+\[\d+\]|(?<![\w/])(budget|score|tasks|goals|keyProjects|keyIndicators|indicators|staff|project|computed)\.[A-Za-z]+\b(?!\.json)")]
    private static partial Regex InterchangePath();

    /// <summary>Three or more English words in a row: a sentence of a library's (End of Central Directory record …).</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b")]
    private static partial Regex EnglishSentence();
}
