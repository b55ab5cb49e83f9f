using System.Text.Json.Nodes;
using Jixiao.Domain.Interchange;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>The real reports (../shared/seeds) rebuilt as Word documents: every hand-checked fact still holds.</summary>
public sealed class DocxSeedTests
{
    public static TheoryData<string> Seeds() => FactsFiles.In(RepoPaths.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Import_SeedAsDocx_EveryFactHolds(string factsFile)
    {
        var factsJson = File.ReadAllText(Path.Combine(RepoPaths.Seeds, factsFile));
        var source = JsonNode.Parse(factsJson)?["source"]?.GetValue<string>() ?? factsFile.Replace(".facts.json", ".txt", StringComparison.Ordinal);
        var docx = SeedDocx.From(File.ReadAllText(Path.Combine(RepoPaths.Seeds, source)));

        var result = DocumentImporter.Import(docx, Path.ChangeExtension(source, ".docx"), new ExtractionOptions());

        Assert.Null(result.Problem);
        var check = FactsCheck.Run(factsJson, InterchangeJson.Write(result.Evaluation!));
        Assert.True(check.AllPassed, $"{factsFile} as .docx:\n{check.Describe()}");
    }
}
