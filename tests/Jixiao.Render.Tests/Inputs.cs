using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Import;

namespace Jixiao.Render.Tests;

/// <summary>The evaluations the tests render: the samples, and the seeds and a project table as `jixiao extract` reads them, each scored and reviewed.</summary>
internal static class Inputs
{
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2025, 3, 31, 9, 30, 0, TimeSpan.FromHours(8)));

    public static IEnumerable<string> Samples => ["qinghe-justice-2025", "beihu-emergency-2025"];

    /// <summary>The corpus's project table (项目支出绩效自评表), with its facts file beside it.</summary>
    public static string ProjectTable { get; } = RepoPaths.File("tests", "Jixiao.Import.Tests", "Corpus", "c3_03_anhui_project_table.txt");

    public static (Evaluation Evaluation, Framework? Framework) Sample(string name) => Json(RepoPaths.File("samples", name + ".json"));

    /// <summary>An evaluation kept with the tests (Data/NAME.json).</summary>
    public static (Evaluation Evaluation, Framework? Framework) Data(string name) => Json(RepoPaths.File("tests", "Jixiao.Render.Tests", "Data", name + ".json"));

    private static (Evaluation Evaluation, Framework? Framework) Json(string path)
    {
        var read = InterchangeJson.Read(File.ReadAllText(path));
        return Ready(read.Value ?? throw new InvalidOperationException(string.Join("; ", read.Errors)));
    }

    /// <summary>A document read by the extractor (a seed's text, a rendered file), then scored and reviewed.</summary>
    public static (Evaluation Evaluation, Framework? Framework) Extracted(string path)
    {
        var result = DocumentImporter.ImportFile(path, new ExtractionOptions());
        return Ready(result.Evaluation ?? throw new InvalidOperationException($"{path}: {result.Problem}"));
    }

    public static string Seed(string prefix) => Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single();

    public static IEnumerable<string> SeedPrefixes => ["000", "001", "002", "003", "004"];

    /// <summary>Every input by name: the samples, the seeds (by prefix) and "project".</summary>
    public static IEnumerable<string> All => [.. Samples, .. SeedPrefixes, "project"];

    public static (Evaluation Evaluation, Framework? Framework) Named(string name) =>
        name == "project" ? Extracted(ProjectTable) : name.Length == 3 ? Extracted(Seed(name)) : Sample(name);

    /// <summary>The formats each document is written in as a package (html and markdown are text).</summary>
    public static bool Writes(RenderWhat what, RenderFormat format) => format is RenderFormat.Xlsx or RenderFormat.Docx
        && !(what is RenderWhat.Report or RenderWhat.Review or RenderWhat.Return && format == RenderFormat.Xlsx);

    public static string Extension(RenderFormat format) => format == RenderFormat.Markdown ? "md" : format.ToString().ToLowerInvariant();

    /// <summary>A package's parts as text, by name.</summary>
    public static Dictionary<string, string> Parts(byte[] package)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        return archive.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        });
    }

    public static byte[] Render(Evaluation evaluation, Framework? framework, RenderWhat what, RenderFormat format)
    {
        using var output = new MemoryStream();
        Renderer.Write(evaluation, framework, what, format, output, Clock);
        return output.ToArray();
    }

    private static (Evaluation, Framework?) Ready(Evaluation evaluation)
    {
        var framework = RenderInput.ChooseFramework(FrameworkCatalog.BuiltIn, evaluation);
        return (RenderInput.Prepare(evaluation, framework, CheckRules.BuiltIn), framework);
    }
}
