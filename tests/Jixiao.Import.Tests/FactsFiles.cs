using System.Text.Json.Nodes;

namespace Jixiao.Import.Tests;

/// <summary>Facts files and the text each describes, extracted by `jixiao extract FILE --json` in process.</summary>
internal static class FactsFiles
{
    /// <summary>The fictional documents of this project (tests/Jixiao.Import.Tests/Corpus).</summary>
    public static string Corpus { get; } = RepoPaths.File("tests", "Jixiao.Import.Tests", "Corpus");

    /// <summary>Reports written blind to the extractor, from their facts (Corpus/Blind5).</summary>
    public static string Blind { get; } = Path.Combine(Corpus, "Blind5");

    /// <summary>The names of the *.facts.json in <paramref name="folder"/>, in a stable order.</summary>
    public static TheoryData<string> In(string folder) => [.. Names(folder)];

    public static List<string> Names(string folder) =>
        [.. Directory.GetFiles(folder, "*.facts.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    /// <summary>Extracts the document a facts file names ("source", else NAME.txt) and checks it against the facts.</summary>
    public static FactsCheckResult Check(string folder, string factsFile)
    {
        var factsJson = File.ReadAllText(Path.Combine(folder, factsFile));
        var source = JsonNode.Parse(factsJson)?["source"]?.GetValue<string>() ?? factsFile.Replace(".facts.json", ".txt", StringComparison.Ordinal);
        var (exit, output, error) = InProcess.Run("extract", Path.Combine(folder, source), "--json");
        Assert.True(exit == 0, $"jixiao extract {source} exited {exit}: {error}");
        return FactsCheck.Run(factsJson, output);
    }
}
