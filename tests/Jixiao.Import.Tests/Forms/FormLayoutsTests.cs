using Jixiao.Domain.Model;
using static Jixiao.Import.Tests.Forms.FilledForms;

namespace Jixiao.Import.Tests.Forms;

/// <summary>
/// Each form file's filled form, printed in every layout a document reaches a bureau in and in other scripts, gives the
/// same facts: the form reader does not depend on how the cells were printed.
/// </summary>
public sealed class FormLayoutsTests
{
    /// <summary>The layouts the scripts are tried in: cells printed as such, one per paragraph, and run together.</summary>
    private static readonly string[] s_scriptLayouts = ["pipes", "cell-per-line", "separators-lost"];

    public static TheoryData<string, string> Layouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in All)
        {
            foreach (var layout in Forms.Layouts.Names)
            {
                data.Add(form.Id, layout);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> Scripts()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var form in All)
        {
            foreach (var script in Jixiao.Tests.Scripts.Names)
            {
                foreach (var layout in s_scriptLayouts)
                {
                    data.Add(form.Id, script, layout);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Extract_FormInAnyLayout_GivesItsFacts(string form, string layout)
    {
        var filled = Find(form);

        var evaluation = Extract(Forms.Layouts.Print(layout, filled.Grid));

        AssertFacts(filled.Facts, evaluation, name => name);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Extract_FormInAnotherScript_GivesItsFactsWithNamesAsPrinted(string form, string script, string layout)
    {
        var filled = Find(form);

        var evaluation = Extract(Jixiao.Tests.Scripts.Print(script, Forms.Layouts.Print(layout, filled.Grid)));

        AssertFacts(filled.Facts, evaluation, name => Jixiao.Tests.Scripts.Kept(script, name));
    }

    private static Evaluation Extract(string text)
    {
        var result = ReportExtractor.Extract(text, new ExtractionOptions());
        Assert.Null(result.Problem);
        return result.Evaluation!;
    }

    private static void AssertFacts(FormFacts facts, Evaluation evaluation, Func<string, string> printed)
    {
        Assert.Equal(facts.Kind == "project" ? EvaluationKind.Project : EvaluationKind.Department, evaluation.Kind);
        Assert.Equal(printed(facts.Department), evaluation.Department);
        Assert.Equal(facts.Project is null ? null : printed(facts.Project), evaluation.Project?.Name);
        Assert.Equal(facts.Supervisor is null ? null : printed(facts.Supervisor), evaluation.Project?.Supervisor);
        Assert.Equal(
            (facts.Initial, facts.Adjusted, facts.Actual, facts.Rate, facts.Basic, facts.ProjectSpending),
            (evaluation.Budget?.Initial, evaluation.Budget?.Adjusted, evaluation.Budget?.Actual, evaluation.Budget?.ExecutionRate, evaluation.Budget?.Basic, evaluation.Budget?.Project));
        var leaves = evaluation.Indicators.Where(leaf => leaf.Name != "预算执行率").ToList();
        Assert.Equal(
            facts.Leaves.Select(leaf => (printed(leaf.Name), leaf.Target, leaf.Actual, (decimal?)leaf.Weight, (decimal?)leaf.Score)),
            leaves.Select(leaf => (leaf.Name, leaf.Target ?? "", leaf.Actual ?? "", leaf.Weight, leaf.Score)));
        Assert.Equal(facts.Total, evaluation.Score?.Total);
        Assert.Equal(facts.Grade, evaluation.Score?.Grade is { } grade ? Domain.Numbers.GradeNames.ToChinese(grade) : null);
    }
}
