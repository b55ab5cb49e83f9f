using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// Key tasks written as numbered items of their section: 「任务1：政法系统工作。主要实施内容：……期望达到的目标：……」.
/// Only numbered items count (an enumeration inside a paragraph is the work done, not the task list);
/// an item whose lead is no short name is not a task.
/// </summary>
internal sealed partial class ProseTasks : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        var year = board.Get(Fields.Year);
        foreach (var section in document.Outline.Sections(SectionKind.Tasks).Concat(document.Outline.Sections(SectionKind.TaskAnalysis)))
        {
            if (ListItems.Numbered([.. section.Own().Where(block => block.Kind != BlockKind.Table)], keepPreamble: false) is not { } items)
            {
                continue;
            }

            var tasks = new List<KeyTask>();
            var sources = new List<Source>();
            foreach (var item in items)
            {
                var all = SourceString.Concat([.. item.Select(block => block.Text)]);
                var text = all.Value;
                var lead = item[0].Text.Value;
                var end = item[0].Kind == BlockKind.Heading ? -1 : lead.IndexOfAny(['。', '：', ':', '；']);
                var name = (end < 0 ? lead : lead[..end]).Trim().TrimEnd('。');
                if (name.Length is 0 or > 30 || NotAName().IsMatch(name))
                {
                    tasks.Clear();
                    break;
                }

                tasks.Add(new KeyTask
                {
                    Name = item[0].Text.PrintedOf(name),
                    Content = Part(Content(), text) is { } content ? all.PrintedOf(content) : null,
                    Target = Part(Target(), text) is { } target ? all.PrintedOf(target) : null,
                    Funds = Funds(text, year),
                });
                sources.Add(document.Locate(item[0].Text));
            }

            if (board.TrySetList("tasks", tasks, sources))
            {
                return;
            }
        }
    }

    private static string? Part(Regex lead, string text)
    {
        var match = lead.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var rest = text[(match.Index + match.Length)..];
        var stop = Stop().Match(rest);
        var part = (stop.Success ? rest[..stop.Index] : rest).Trim();
        return part.Length > 0 ? part : null;
    }

    /// <summary>The funds an item names for the evaluated year (「2022年涉及资金」 is another year's).</summary>
    private static decimal? Funds(string text, int? year)
    {
        var match = FundsLabel().Match(text);
        return match.Success && !Years.OtherThan(text[Sentences.Start(text, match.Index)..match.Index], year) && decimal.TryParse(match.Groups["n"].ValueSpan, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value <= Money.Largest ? Money.ToWan(value, match.Groups["u"].Value)
            : null;
    }

    /// <summary>A lead that is a label (预期目标：……), not a task's name.</summary>
    [GeneratedRegex("^(预期|期望|实施|主要|完成|实际|绩效)|(目标|情况|内容)$")]
    private static partial Regex NotAName();

    [GeneratedRegex("主要(实施)?内容(为|是)?[:：]")]
    private static partial Regex Content();

    [GeneratedRegex("(期望达到的|预期|绩效)目标(为|是)?[:：]")]
    private static partial Regex Target();

    [GeneratedRegex("(期望达到的|预期|绩效)目标(为|是)?[:：]|(任务)?涉及资金|完成情况[:：]")]
    private static partial Regex Stop();

    [GeneratedRegex(@"(任务)?(涉及|安排|使用)资金(为|共|合计)?\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>" + Money.Units + @")")]
    private static partial Regex FundsLabel();
}
