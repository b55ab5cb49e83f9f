using System.Text.Json.Nodes;

namespace Jixiao.Render.Tests;

/// <summary>The project form is written from the extractor's description of it: every first label of that file is printed.</summary>
public sealed class FormDescriptionTests
{
    [Fact]
    public void ProjectForm_PrintsTheFirstLabelOfEachPartOfTheExtractorsDescription()
    {
        var description = JsonNode.Parse(File.ReadAllText(RepoPaths.File("src", "Jixiao.Import", "Forms", "Data", "national-project.json")))!;
        var (evaluation, _) = Inputs.Data("anhui-project");

        var printed = Forms.ProjectForm.Build(evaluation).Cells.Select(cell => cell.Text).OfType<string>().ToHashSet();

        static string First(JsonNode? labels) => labels![0]!.GetValue<string>().Replace(':', '：');
        var budget = description["budget"]!;
        var expected = new List<string> { First(description["goals"]!["labels"]), First(description["indicators"]!["total"]), First(description["indicators"]!["grade"]) };
        expected.AddRange(description["fields"]!.AsArray().Where(field => field!["weak"] is null).Select(field => First(field!["labels"])));
        expected.AddRange(budget["columns"]!.AsArray().Where(column => column!["column"]!.GetValue<string>() != "note").Select(column => First(column!["labels"])));
        expected.AddRange(budget["rows"]!.AsArray().Where(row => row!["print"] is null).Select(row => First(row!["labels"])));
        expected.AddRange(description["indicators"]!["columns"]!.AsArray()
            .Where(column => column!["column"]!.GetValue<string>() is not ("relation" or "unit")).Select(column => First(column!["labels"])));
        var missing = expected.Where(label => !printed.Contains(label)).ToList();
        Assert.True(missing.Count == 0, "not printed: " + string.Join("、", missing));
        Assert.Contains($"{First(budget["titles"])}（万元）", printed);
    }
}
