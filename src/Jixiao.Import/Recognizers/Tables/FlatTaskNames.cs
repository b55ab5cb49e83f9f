using Jixiao.Domain.Model;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// The task names of a key-task table a PDF converter flattened (年度重点工作任务 | 任务绩效目标 | 实际完成情况):
/// the name column is narrow, so a name comes out as a few short fragments (「信息化建」「设专项」) that follow
/// a finished sentence of the previous row and precede the long lines of its own target.
/// </summary>
internal sealed class FlatTaskNames : IRecognizer
{
    private const int NameWidth = 6;

    public void Recognize(Document document, FieldBoard board)
    {
        var lines = document.PrintedLines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeaderEnd(lines, i) is not { } start)
            {
                continue;
            }

            var names = new List<SourceString>();
            for (var j = start; j < lines.Count && !EndsTable(lines[j].Value); j++)
            {
                var previousEnds = j == start || lines[j - 1].Value.EndsWith('。');
                var run = 0;
                while (run < 3 && j + run < lines.Count && IsFragment(lines[j + run].Value))
                {
                    run++;
                }

                if (previousEnds && run > 0 && j + run < lines.Count && lines[j + run].Length > NameWidth)
                {
                    names.Add(SourceString.Concat([.. lines.GetRange(j, run)]));
                    j += run - 1;
                }
            }

            if (names.Count > 0)
            {
                board.TrySetList("tasks", names.Select(name => new KeyTask { Name = name.Printed }).ToList(), names.Select(name => document.Locate(name)).ToList());
                return;
            }
        }
    }

    /// <summary>The line after a header whose task column is broken into fragments above the other columns' names.</summary>
    private static int? HeaderEnd(List<SourceString> lines, int i)
    {
        if (lines[i].Length > 40 || !lines[i].Value.Contains("目标", StringComparison.Ordinal))
        {
            return null;
        }

        var tokens = lines[i].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var columns = tokens.Select(ColumnNames.Of).ToList();
        if (!(columns.Contains(Column.TaskTarget) || columns.Contains(Column.Target)) || !(columns.Contains(Column.Achieved) || columns.Contains(Column.TaskCompletion)))
        {
            return null;
        }

        if (columns.Contains(Column.TaskName))
        {
            return i + 1;
        }

        // The task column's name broken above the others (「年度重点工作任务」 as 「年度重点」 over 「工作任务」), its last
        // fragment on the header's line when a converter joined that line to the other names.
        for (var k = 1; k <= 3 && i - k >= 0; k++)
        {
            var name = string.Concat(lines.GetRange(i - k, k).Select(line => line.Value));
            if (ColumnNames.Of(name) == Column.TaskName || (tokens.Length > 2 && ColumnNames.Of(name + tokens[0]) == Column.TaskName))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static bool IsFragment(string line) =>
        line.Length <= NameWidth && line.IndexOfAny(['。', '，', '、', '；', '：', '“', '”', ' ']) < 0 && !line.Any(char.IsAsciiDigit) && Marker.Read(line) is null;

    private static bool EndsTable(string line) =>
        line.StartsWith('#') || (Marker.Read(line) is { Style: <= MarkerStyle.ChineseParen } marker && SectionTitles.Classify(line[marker.Length..].Trim().TrimEnd('。')) != SectionKind.Other);
}
