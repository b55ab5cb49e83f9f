using System.Text.RegularExpressions;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Batch;

/// <summary>
/// Files of the same evaluation — same kind, unit, year (and project) — become one <see cref="BatchEvaluation"/>. The
/// file used is a 修改稿 (revised version) over the version it replaces, then one fully read over one partly read,
/// then the editable document (.docx, .xlsx …) over its PDF, whose text is laid out again from print. A duplicate
/// (same bytes) goes with the file it repeats. Files whose unit or year was not read stay rows of their own.
/// </summary>
public static partial class BatchGroups
{
    public static IReadOnlyList<BatchEvaluation> Group(IReadOnlyList<BatchRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var groups = new List<List<BatchRow>>();
        var byKey = new Dictionary<string, List<BatchRow>>(StringComparer.Ordinal);
        foreach (var row in rows.Where(row => row.Evaluation is not null && row.Status is BatchStatus.Read or BatchStatus.Partial))
        {
            var evaluation = row.Evaluation!;
            if (string.IsNullOrWhiteSpace(evaluation.Department) || evaluation.Year is null)
            {
                groups.Add([row]);
                continue;
            }

            var key = string.Join('|', evaluation.Kind, Fold(evaluation.Department), evaluation.Year, Fold(evaluation.Project?.Name));
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = [];
                groups.Add(group);
            }

            group.Add(row);
        }

        var duplicates = rows.Where(row => row.Status == BatchStatus.Duplicate).ToLookup(row => row.DuplicateOf!, StringComparer.Ordinal);
        return [.. groups.Select(group => Evaluate(group, duplicates))];
    }

    private static BatchEvaluation Evaluate(List<BatchRow> group, ILookup<string, BatchRow> duplicates)
    {
        var ranked = group.OrderByDescending(row => IsRevision(row.File)).ThenBy(row => row.Status == BatchStatus.Read ? 0 : 1)
            .ThenBy(row => IsPrint(row.File) ? 1 : 0).ThenByDescending(row => row.File, StringComparer.Ordinal).ToList();
        var used = ranked[0];
        var files = group.Concat(group.SelectMany(row => duplicates[row.File])).OrderBy(row => row.File, StringComparer.Ordinal).ToList();
        var others = group.Where(row => row != used).ToList();
        var choice = others.Count == 0 ? ""
            : IsRevision(used.File) && others.Any(row => !IsRevision(row.File)) ? $"采用修改稿「{used.File}」，替换了先前报送的版本"
            : used.Status == BatchStatus.Read && others.Any(row => row.Status == BatchStatus.Partial) ? $"采用识别完整的「{used.File}」"
            : !IsPrint(used.File) && others.Any(row => IsPrint(row.File)) ? $"采用可编辑的原文件「{used.File}」（PDF 是同一报告的打印版）"
            : $"采用「{used.File}」";
        return new BatchEvaluation
        {
            Used = used, Files = files, Choice = choice,
            Differences = [.. others.SelectMany(other => Differences(used, other))],
        };
    }

    /// <summary>The key figures two copies of one evaluation read differently.</summary>
    private static IEnumerable<string> Differences(BatchRow used, BatchRow other)
    {
        var (a, b) = (used.Evaluation!, other.Evaluation!);
        var figures = new (string Name, decimal? Used, decimal? Other, string Unit)[]
        {
            ("年初预算数", a.Budget?.Initial, b.Budget?.Initial, " 万元"),
            ("全年预算数", a.Budget?.Adjusted, b.Budget?.Adjusted, " 万元"),
            ("执行数", a.Budget?.Actual, b.Budget?.Actual, " 万元"),
            ("自评得分", a.Score?.Total, b.Score?.Total, " 分"),
        };
        foreach (var (name, mine, theirs, unit) in figures.Where(figure => figure.Used is not null && figure.Other is not null && figure.Used != figure.Other))
        {
            yield return $"「{used.File}」与「{other.File}」的{name}不同：前者为 {Number.Show(mine!.Value)}{unit}，后者为 {Number.Show(theirs!.Value)}{unit}";
        }

        if (a.Score?.Grade is { } gradeA && b.Score?.Grade is { } gradeB && gradeA != gradeB)
        {
            yield return $"「{used.File}」与「{other.File}」的等级不同：前者为{GradeNames.ToChinese(gradeA)}，后者为{GradeNames.ToChinese(gradeB)}";
        }
    }

    /// <summary>A revised version by its name: 修改稿, 修订稿, 修改版, 更正版, 终稿, 定稿.</summary>
    public static bool IsRevision(string file) => Revision().IsMatch(Path.GetFileNameWithoutExtension(file));

    private static bool IsPrint(string file) => Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names compared without spaces and brackets' forms: 区教育局 and 区 教育局 are one unit.</summary>
    private static string Fold(string? name) => name is null ? "" : string.Concat(name.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')');

    [GeneratedRegex("修改稿|修订稿|修改版|修订版|更正版|更正稿|终稿|定稿|最终版")]
    private static partial Regex Revision();
}
