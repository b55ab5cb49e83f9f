using System.Text.RegularExpressions;
using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>
/// 整改: last year's problems and improvements beside this year's problems, for departments that reported both years.
/// A problem of this year that repeats one of last year's (the same text, or one containing the other) is named:
/// it was not put right.
/// </summary>
internal static partial class Rectification
{
    public static Sheet Run(JixiaoDb db, int year)
    {
        var lines = Current.Lines(db, year - 1, year);
        var pairs = lines.GroupBy(line => line.Department)
            .Select(g => (Department: g.Key, Before: g.FirstOrDefault(l => l.Year == year - 1), Now: g.FirstOrDefault(l => l.Year == year)))
            .Where(pair => pair.Before is not null && pair.Now is not null).ToList();
        var rows = pairs.Chunk(Current.ChunkDepartments).SelectMany(chunk => Compare(db, chunk)).ToList();
        return new Sheet("整改跟踪", ["部门", $"{year - 1} 年问题", $"{year - 1} 年改进措施", $"{year} 年问题", "重复出现", "重复出现的问题"], rows)
        {
            Notes = [$"{year - 1} 年和 {year} 年都有部门整体支出自评的部门：{rows.Count} 个；其中 {rows.Count(row => (int)row[4]! > 0)} 个本年的问题与上年相同。"],
        };
    }

    private static List<object?[]> Compare(JixiaoDb db, (string Department, Current.Line? Before, Current.Line? Now)[] pairs)
    {
        var evaluations = Current.Evaluations(db, pairs.SelectMany(pair => new[] { pair.Before!.RevisionId, pair.Now!.RevisionId }));
        return [.. pairs.Select(pair =>
        {
            var (before, now) = (evaluations[pair.Before!.RevisionId], evaluations[pair.Now!.RevisionId]);
            var repeated = now.Problems.Where(problem => before.Problems.Any(old => Same(old, problem))).ToList();
            return new object?[]
            {
                pair.Department, string.Join("\n", before.Problems), string.Join("\n", before.Improvements), string.Join("\n", now.Problems),
                repeated.Count, string.Join("\n", repeated),
            };
        })];
    }

    private static bool Same(string before, string now)
    {
        var (a, b) = (Key(before), Key(now));
        return a.Length > 0 && b.Length > 0 && (a == b || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>The text without its numbering, spaces and punctuation: 「一是资金执行慢。」 and 「1.资金执行慢」 are the same problem.</summary>
    private static string Key(string text) => string.Concat(Numbering().Replace(text, "").Where(char.IsLetterOrDigit));

    [GeneratedRegex(@"^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]|[一二三四五六七八九十]是|问题\d+[：:])\s*")]
    private static partial Regex Numbering();
}
