using System.Xml.Linq;

namespace Jixiao.Render.Tests;

/// <summary>
/// Rendered packages (the samples, Data/anhui-project.json: the corpus's project table as extracted once, and the blank
/// forms of `jixiao template` for both kinds) compared
/// part by part with golden files (Golden/), each part indented so that a change reads as a
/// diff; docProps/core.xml (the clock's time) is skipped. After looking at a difference and finding it right, run with
/// JIXIAO_UPDATE_GOLDEN=1 to write the new files.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string s_folder = RepoPaths.File("tests", "Jixiao.Render.Tests", "Golden");

    public static TheoryData<string, RenderWhat, RenderFormat> Cases() => new()
    {
        { "qinghe-justice-2025", RenderWhat.Table, RenderFormat.Xlsx },
        { "qinghe-justice-2025", RenderWhat.Scores, RenderFormat.Xlsx },
        { "qinghe-justice-2025", RenderWhat.Report, RenderFormat.Docx },
        { "anhui-project", RenderWhat.Table, RenderFormat.Docx },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_Input_MatchesGoldenParts(string input, RenderWhat what, RenderFormat format)
    {
        // Fixed JSON inputs, not extractions: a change to the extractor is not a change to the renderer.
        var (evaluation, framework) = input == "anhui-project" ? Inputs.Data(input) : Inputs.Sample(input);
        var folder = Path.Combine(s_folder, $"{input}.{what}.{Inputs.Extension(format)}".ToLowerInvariant());

        Compare(Inputs.Render(evaluation, framework, what, format), folder, $"{input} {what} {format}");
    }

    public static TheoryData<string, RenderFormat> TemplateCases() => new()
    {
        { "guangzhou-department-2024", RenderFormat.Xlsx },
        { "national-project", RenderFormat.Docx },
    };

    [Theory]
    [MemberData(nameof(TemplateCases))]
    public void Template_Framework_MatchesGoldenParts(string framework, RenderFormat format)
    {
        using var output = new MemoryStream();
        Renderer.WriteTemplate(Domain.Frameworks.FrameworkCatalog.BuiltIn.Find(framework)!, format, output, Inputs.Clock);

        Compare(output.ToArray(), Path.Combine(s_folder, $"template.{framework}.{Inputs.Extension(format)}"), $"template {framework} {format}");
    }

    private static void Compare(byte[] package, string folder, string name)
    {
        var parts = Inputs.Parts(package)
            .Where(part => part.Key != "docProps/core.xml")
            .ToDictionary(part => part.Key, part => Indented(part.Value));
        if (Environment.GetEnvironmentVariable("JIXIAO_UPDATE_GOLDEN") == "1")
        {
            Write(folder, parts);
        }

        var golden = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllText);
        Assert.Equal(golden.Keys.Order(StringComparer.Ordinal), parts.Keys.Order(StringComparer.Ordinal));
        foreach (var (part, text) in golden)
        {
            Assert.True(text == parts[part], $"{name}: {part} differs from {folder}/{part} (JIXIAO_UPDATE_GOLDEN=1 rewrites it)");
        }
    }

    private static void Write(string folder, Dictionary<string, string> parts)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var (name, text) in parts)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>An XML part indented one element a line; anything else (a picture) by its length.</summary>
    private static string Indented(string text) =>
        text.TrimStart('\uFEFF').StartsWith('<') ? XDocument.Parse(text.TrimStart('\uFEFF')).ToString() + "\n" : $"{text.Length} characters\n";
}
