using Jixiao.Domain.Model;

namespace Jixiao.Cli;

/// <summary>
/// Findings as a reviewer reads them: grouped by severity, each on one line with its code, the field in Chinese
/// (「重点项目「…」的执行数」, not keyProjects[0].actual) and the numbers.
/// Plain lines, so that they never wrap and grep finds them.
/// </summary>
internal static class FindingsReport
{
    /// <summary>The findings of <paramref name="evaluation"/>, each field named in Chinese as a reviewer names it.</summary>
    public static void Write(TextWriter output, Evaluation evaluation)
    {
        var findings = evaluation.Findings;
        foreach (var group in findings.GroupBy(finding => finding.Severity).OrderBy(group => group.Key))
        {
            output.WriteLine($"{Name(group.Key)}（{group.Count()}）");
            foreach (var finding in group)
            {
                output.WriteLine($"  {finding.Code} {FieldWords.Chinese(finding.Field, evaluation)}：{finding.Message}");
            }
        }

        output.WriteLine($"复核结果：{Count(findings, Severity.Error)}，{Count(findings, Severity.Warning)}，{Count(findings, Severity.Info)}");
    }

    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string Count(IReadOnlyList<Finding> findings, Severity severity) =>
        $"{Name(severity)} {findings.Count(finding => finding.Severity == severity)} 项";
}
