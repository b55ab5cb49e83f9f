using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// Key projects evaluated in prose: 「基层社会治理业务经费绩效自评情况：项目全年预算数为 115 万元，执行数为 115 万元，
/// 完成预算的 100%……项目绩效自评得分 100 分，评级为优。」. The name leads the paragraph, or is the heading above it
/// in a key-project section; a paragraph without a project budget or spending is no project's evaluation.
/// </summary>
internal sealed partial class ProseKeyProjects : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        var projects = new List<KeyProject>();
        var sources = new List<Source>();
        SourceString? heading = null;
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            if (block.Kind == BlockKind.Heading)
            {
                heading = document.InKeyProjects(index) && SectionTitles.Classify(block.Text.Value) == SectionKind.Other ? block.Text : null;
                continue;
            }

            var lead = Lead().Match(block.Text.Value);
            var evaluated = (lead.Success && lead.Value.Contains("情况", StringComparison.Ordinal)) || block.Text.Value.StartsWith("重点项目", StringComparison.Ordinal);
            var inSection = document.InKeyProjects(index);
            if (block.Kind != BlockKind.Paragraph || !(inSection || evaluated) || Read(block.Text.Value, aboutTheProject: inSection) is not { } project)
            {
                continue;
            }

            // 「（一）基本公共卫生服务项目。全年预算……」: a numbered item's title names its project.
            var title = block.Marker is not null && block.Title.Length is > 1 and <= 40 ? block.Text.Slice(0, block.Title.Length) : null;
            // 「绩效自评情况：……」 under the project's own title: the lead names no project.
            var named = lead.Success && !NoName().IsMatch(lead.Groups["name"].Value);
            var name = named ? block.Text.Slice(0, lead.Groups["name"].Length) : title ?? Named(block.Text) ?? heading;
            if (name is null || name.Length is 0 or > 60)
            {
                continue;
            }

            projects.Add(project with { Name = name.Printed });
            sources.Add(document.Locate(name));
        }

        board.TrySetList("keyProjects", projects, sources);
    }

    /// <summary>The project a paragraph names: in quotes (选取“……”开展重点评价), or as the subject of its first clause (……工程为……).</summary>
    private static SourceString? Named(SourceString text)
    {
        var match = Quoted().Match(text.Value);
        if (!match.Success)
        {
            match = Subject().Match(text.Value);
        }

        return match.Success ? text.Slice(match.Groups["name"].Index, match.Groups["name"].Length) : null;
    }

    /// <summary>
    /// A key project's figures in a text, or null when it prints neither budget nor spending. Unless the text is
    /// <paramref name="aboutTheProject"/> (a key project's own cell), its figures start where it names the project.
    /// </summary>
    public static KeyProject? Read(string text, bool aboutTheProject = false)
    {
        decimal? budget = null, initial = null, actual = null, rate = null;
        var previousEnd = 0;
        foreach (var mention in Mentions.Scan(text))
        {
            var window = text[previousEnd..mention.Start];
            previousEnd = mention.End;
            var project = window.Replace("项目支出", "    ", StringComparison.Ordinal).LastIndexOf("项目", StringComparison.Ordinal);
            if (project < 0 && budget is null && actual is null && !aboutTheProject)
            {
                continue;
            }

            window = window[(project < 0 ? 0 : project + 2)..].Trim();
            var clause = window[(window.LastIndexOfAny(['，', ',', '；', '。']) + 1)..];
            if (mention.Unit == "%" && BudgetLabels.Rate(clause) == "budget.executionRate")
            {
                rate ??= mention.Value;
            }
            else if (mention.IsMoney && (BudgetLabels.Amount(clause)?.Field ?? Plain(clause)) is { } field && Money.ToWan(mention.Value, mention.Unit) is { } amount)
            {
                (budget, initial, actual) = field switch
                {
                    "budget.adjusted" => (budget ?? amount, initial, actual),
                    "budget.initial" => (budget, initial ?? amount, actual),
                    "budget.actual" => (budget, initial, actual ?? amount),
                    _ => (budget, initial, actual),
                };
            }
        }

        if ((budget ?? initial) is null && actual is null)
        {
            return null;
        }

        var score = Score().Match(text);

        return new KeyProject
        {
            Budget = budget ?? initial,
            Actual = actual,
            ExecutionRate = rate,
            Score = score.Success ? decimal.Parse(score.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null,
            Grade = ProseGrade.GradeIn(text),
        };
    }

    /// <summary>A project's own short labels: 「预算 3620.50 万元，执行 3586.12 万元」.</summary>
    private static string? Plain(string clause) => PlainBudget().IsMatch(clause) ? "budget.adjusted" : PlainActual().IsMatch(clause) ? "budget.actual" : null;

    [GeneratedRegex("^(项目|绩效|自评|评价|情况|该项目)+$")]
    private static partial Regex NoName();

    [GeneratedRegex(@"^(项目)?(年度|全年)?(预算|预算资金|资金预算|安排资金)(数)?(为|是)?\s*$")]
    private static partial Regex PlainBudget();

    [GeneratedRegex(@"^(实际)?(执行|支出|使用|完成)(资金)?(为|是)?\s*$")]
    private static partial Regex PlainActual();

    [GeneratedRegex("(重点(评价)?项目|选取|对)[“\"「](?<name>[^”\"」，。]{2,40})[”\"」]|[“\"「](?<name>[^”\"」，。]{2,40})[”\"」](项目)?(作为|为|列为|开展|进行)")]
    private static partial Regex Quoted();

    [GeneratedRegex("^(?<name>[^，。；：:“”]{2,40}?(项目|工程|经费|资金|专项))(为|是|作为|系|(?=(全年|年初|调整后)?预算))")]
    private static partial Regex Subject();

    /// <summary>
    /// 「……项目绩效自评情况：」 leads with the project's name (the words about its evaluation are no part of it);
    /// 「……建设项目：」 with the name whole, 项目 and all, as printed.
    /// </summary>
    [GeneratedRegex("^(?<name>[^，。；：:]{2,60}?)((项目)?(绩效|自评|评价|情况)(自评|评价)?(情况)?)?[：:]")]
    private static partial Regex Lead();

    [GeneratedRegex(@"(自评|评价|绩效)?得分(为|是)?\s*(?<n>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex Score();
}
