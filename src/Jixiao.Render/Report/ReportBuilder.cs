using Jixiao.Domain.Model;
using Jixiao.Render.Forms;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Report;

/// <summary>
/// The 自评报告 in the seeds' outline: 一、基本情况 (staff, the budget paragraph), 二、绩效目标完成情况 (goals, the tasks' table,
/// key indicators, the department's 主要工作成效 word for word), 三、自评结论 (the score paragraph with each 扣分原因, the
/// indicator table, key projects), 四、存在的问题及改进措施, 复核发现的问题 (the review's findings as a table), the signature and date, and last the 未填报 list. Sentences
/// state what the department printed; Jixiao's own scoring and review belong to the 评分表.
/// </summary>
internal static class ReportBuilder
{
    /// <param name="evaluation">The evaluation, as printed.</param>
    /// <param name="charts">Whether to draw the budget and the part scores as charts (the markdown shows their descriptions).</param>
    public static IReadOnlyList<Block> Build(Evaluation evaluation, bool charts)
    {
        var blocks = new List<Block> { new TitleBlock(Title(evaluation)) };
        var headings = new Numbering();
        blocks.Add(new HeadingBlock(1, headings.Next("基本情况")));
        var sub = new Numbering(sub: true);
        if (evaluation.Kind == EvaluationKind.Project)
        {
            blocks.Add(new HeadingBlock(2, sub.Next("项目概况")));
            blocks.AddRange(ReportSentences.Project(evaluation).Select(sentence => new ParagraphBlock(sentence)));
        }
        else if (ReportSentences.Staff(evaluation.Staff) is { } staff)
        {
            blocks.Add(new HeadingBlock(2, sub.Next("人员情况")));
            blocks.Add(new ParagraphBlock(staff));
        }

        blocks.Add(new HeadingBlock(2, sub.Next(evaluation.Kind == EvaluationKind.Project ? "项目资金收支情况" : "部门整体收支情况")));
        blocks.AddRange(ReportSentences.Budget(evaluation).Select(sentence => new ParagraphBlock(sentence)));
        blocks.AddRange(ReportTables.Budget(evaluation).Select(grid => new GridBlock(grid)));
        if (charts)
        {
            blocks.AddRange(new[] { Charts.Charts.Budget(evaluation), Charts.Charts.Functions(evaluation) }.OfType<ImageBlock>());
        }

        Numbered(blocks, sub.Next(evaluation.Kind == EvaluationKind.Project ? "项目年度绩效目标" : "部门整体支出绩效目标"), evaluation.Goals);
        var tasks = ReportTables.Tasks(evaluation);
        var keyIndicators = ReportTables.KeyIndicators(evaluation);
        if (tasks is not null || keyIndicators is not null)
        {
            blocks.Add(new HeadingBlock(1, headings.Next("重点工作任务完成情况")));
            blocks.AddRange(new[] { tasks, keyIndicators }.OfType<Grid>().Select(grid => new GridBlock(grid)));
        }

        Paragraphs(blocks, 1, headings.Next("主要工作成效", evaluation.Achievements.Count > 0), evaluation.Achievements);

        blocks.Add(new HeadingBlock(1, headings.Next("自评结论")));
        blocks.AddRange(ReportSentences.Score(evaluation).Select(sentence => new ParagraphBlock(sentence)));
        if (ReportTables.Indicators(evaluation) is { } scored)
        {
            blocks.Add(new GridBlock(scored));
        }

        if (charts)
        {
            blocks.AddRange(new[] { Charts.Charts.Parts(evaluation.Score), Charts.Charts.Completion(evaluation.Indicators) }.OfType<ImageBlock>());
        }

        var conclusion = new Numbering(sub: true);
        foreach (var (part, sentence) in ReportSentences.Parts(evaluation.Score))
        {
            blocks.Add(new HeadingBlock(2, conclusion.Next($"{part}指标分析")));
            blocks.Add(new ParagraphBlock(sentence));
        }

        Numbered(blocks, conclusion.Next("扣分的主要原因", evaluation.Score?.DeductionReasons.Count > 0), evaluation.Score?.DeductionReasons ?? []);
        if (evaluation.KeyProjects.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, conclusion.Next("重点项目绩效情况")));
            blocks.AddRange(evaluation.KeyProjects.Select(project => new ParagraphBlock(
                ProjectSentences.Figures(project) is { } figures ? $"{project.Name}绩效自评情况：{figures}" : project.Name)));
        }

        Paragraphs(blocks, 1, headings.Next("存在的主要问题", evaluation.Problems.Count > 0), evaluation.Problems);
        Paragraphs(blocks, 1, headings.Next("下一步改进措施", evaluation.Improvements.Count > 0), evaluation.Improvements);

        blocks.Add(new HeadingBlock(1, headings.Next(ReportFindings.Heading)));
        blocks.Add(new ParagraphBlock(ReportFindings.Sentence(evaluation)));
        if (ReportFindings.Table(evaluation) is { } findings)
        {
            blocks.Add(new GridBlock(findings));
        }

        blocks.Add(new HeadingBlock(1, headings.Next("未填报事项")));
        blocks.Add(new ParagraphBlock(Missing.Sentence(evaluation)));
        if (evaluation.Department is { } department)
        {
            blocks.Add(new ParagraphBlock(department, Right: true));
        }

        if (evaluation.Date is { } date)
        {
            blocks.Add(new ParagraphBlock($"{date.Year}年{date.Month}月{date.Day}日", Right: true));
        }

        return blocks;
    }

    public static string Title(Evaluation evaluation)
    {
        var year = evaluation.Year is { } value ? $"{value}年度" : "";
        return evaluation.Kind == EvaluationKind.Project
            ? $"{evaluation.Project?.Name}{year}项目支出绩效自评报告"
            : $"{evaluation.Department}{year}部门整体支出绩效自评报告";
    }

    /// <summary>A heading, then each item as its own paragraph, numbered 1. 2. … (the items keep their printed words).</summary>
    private static void Numbered(List<Block> blocks, string? heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0 || heading is null)
        {
            return;
        }

        blocks.Add(new HeadingBlock(2, heading));
        blocks.AddRange(items.Select((item, i) => new ParagraphBlock($"{i + 1}. {item}")));
    }

    /// <summary>A heading, then the department's own paragraphs word for word.</summary>
    private static void Paragraphs(List<Block> blocks, int level, string? heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0 || heading is null)
        {
            return;
        }

        blocks.Add(new HeadingBlock(level, heading));
        blocks.AddRange(items.Select(item => new ParagraphBlock(item)));
    }
}
