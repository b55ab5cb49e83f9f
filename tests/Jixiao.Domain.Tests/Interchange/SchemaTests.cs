using System.Text.Json;
using FsCheck.Xunit;
using Json.Schema;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Tests;

namespace Jixiao.Domain.Tests.Interchange;

/// <summary>docs/interchange.schema.json describes what the reader reads and the writer writes.</summary>
public class SchemaTests
{
    private static readonly JsonSchema s_schema = JsonSchema.FromText(File.ReadAllText(RepoPaths.File("docs", "interchange.schema.json")));

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(RepoPaths.File("samples"), "*.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Samples_AreThere()
    {
        Assert.True(Samples().Count >= 2);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ValidatesAndReads(string sample)
    {
        var json = File.ReadAllText(RepoPaths.File("samples", sample));

        Assert.Empty(Problems(json));
        Assert.True(InterchangeJson.Read(json).Succeeded);
    }

    [Property(Arbitrary = [typeof(EvaluationGenerators)], MaxTest = 100)]
    public bool Written_AnyEvaluation_Validates(Evaluation evaluation) => Problems(InterchangeJson.Write(evaluation)).Count == 0;

    [Theory]
    [InlineData("""{ "budget": { "actul": 1 } }""")] // an unknown field
    [InlineData("""{ "kind": "company" }""")]
    [InlineData("""{ "budget": { "actual": -1 } }""")]
    [InlineData("""{ "score": { "grade": "A" } }""")]
    public void Schema_RejectsWhatTheReaderRejects(string json)
    {
        Assert.NotEmpty(Problems(json));
        Assert.False(InterchangeJson.Read(json).Succeeded);
    }

    private static List<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = s_schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : [.. (results.Details ?? []).Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }
}
