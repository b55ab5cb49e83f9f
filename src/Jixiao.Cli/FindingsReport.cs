using Jixiao.Domain.Model;

namespace Jixiao.Cli;

/// <summary>
/// Findings as a reviewer reads them: grouped by severity, each on one line with its code, field and numbers.
/// Plain lines, so that they never wrap and grep finds them.
/// </summary>
internal static class FindingsReport
{
    public static void Write(TextWriter output, IReadOnlyList<Finding> findings)
    {
        foreach (var group in findings.GroupBy(finding => finding.Severity).OrderBy(group => group.Key))
        {
            output.WriteLine($"{Name(group.Key)}（{group.Count()}）");
            foreach (var finding in group)
            {
                output.WriteLine($"  {finding.Code} {finding.Field}：{finding.Message}");
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
