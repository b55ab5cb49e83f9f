using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Render.Docx;
using Jixiao.Render.Forms;
using Jixiao.Render.Layout;
using Jixiao.Render.Report;
using Jixiao.Render.Review;
using Jixiao.Render.Scores;
using Jixiao.Render.Plain;
using Jixiao.Render.Xlsx;

namespace Jixiao.Render;

/// <summary>
/// Writes an evaluation's documents to a stream. The evaluation comes scored and reviewed (<see cref="Evaluation.Computed"/>
/// and <see cref="Evaluation.Findings"/> filled, as <see cref="RenderInput.Prepare"/> or `jixiao score -o` leave it); the
/// renderers compute nothing of their own and leave blank what the data lacks. The time stamped into a package comes from
/// the clock given, so the same evaluation and clock give the same bytes.
/// </summary>
public static class Renderer
{
    /// <param name="evaluation">Scored and reviewed.</param>
    /// <param name="framework">The framework it was scored by; null: the 评分表 lists the findings alone.</param>
    /// <param name="what">Which document.</param>
    /// <param name="format">Which file format; the 自评报告 has no xlsx.</param>
    /// <param name="output">Where the bytes go; left open.</param>
    /// <param name="clock">The time stamped into a package (core properties, zip entries).</param>
    /// <param name="charts">
    /// Whether to draw the charts (ScottPlot: tens of milliseconds each, so off unless asked): in the 自评报告 (PNG in docx,
    /// SVG in HTML) and, as a sheet 统计图, in the 自评表 workbook.
    /// </param>
    public static void Write(Evaluation evaluation, Framework? framework, RenderWhat what, RenderFormat format, Stream output, TimeProvider clock, bool charts = false)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(clock);
        var time = clock.GetUtcNow();
        List<Grid> grids = what switch
        {
            RenderWhat.Table => [Form(evaluation)],
            RenderWhat.Scores => ScoreGrids(evaluation, framework),
            _ => [],
        };
        var blocks = what switch
        {
            RenderWhat.Report => ReportBuilder.Build(evaluation, charts),
            RenderWhat.Review or RenderWhat.Return => ReviewLetter.Build(evaluation, what == RenderWhat.Return),
            _ => Blocks(grids),
        };
        var sheetCharts = charts && what == RenderWhat.Table && format == RenderFormat.Xlsx ? Charts.Charts.All(evaluation) : null;
        Write(grids, blocks, what, format, output, time, sheetCharts);
    }

    /// <summary>
    /// A blank 自评表 for a framework, to fill in and read back with `jixiao extract`: the department's form (seed 001's
    /// layout) with empty rows for 主要任务 and 重点项目, or the Ministry's project form; the framework's indicators with
    /// their weights, everything else blank.
    /// </summary>
    public static void WriteTemplate(Framework framework, RenderFormat format, Stream output, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(clock);
        List<Grid> grids = [Form(BlankForm.For(framework))];
        Write(grids, Blocks(grids), RenderWhat.Table, format, output, clock.GetUtcNow());
    }

    private static void Write(List<Grid> grids, IReadOnlyList<Block> blocks, RenderWhat what, RenderFormat format, Stream output, DateTimeOffset time, IReadOnlyList<ImageBlock>? sheetCharts = null)
    {
        var title = blocks[0] is TitleBlock first ? first.Text : grids[0].Title;
        switch (format)
        {
            case RenderFormat.Xlsx when grids.Count == 0:
                throw new ArgumentException($"{what} is written as docx, html or markdown, not as a workbook", nameof(format));
            case RenderFormat.Xlsx:
                XlsxWriter.Write(grids, title, output, time, sheetCharts);
                break;
            case RenderFormat.Docx:
                DocxWriter.Write(blocks, grids.Count == 0 ? DocxPage.Official : DocxPage.Form(grids.Any(grid => grid.Landscape)), title, output, time);
                break;
            case RenderFormat.Markdown:
                MarkdownWriter.Write(blocks, output);
                break;
            case RenderFormat.Html:
                HtmlWriter.Write(blocks, title, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>The 自评表 of the evaluation's kind.</summary>
    internal static Grid Form(Evaluation evaluation) =>
        evaluation.Kind == EvaluationKind.Project ? ProjectForm.Build(evaluation) : DepartmentForm.Build(evaluation);

    /// <summary>Grids as a document: each table under its title, the first as the document's title.</summary>
    private static List<Block> Blocks(List<Grid> grids)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < grids.Count; i++)
        {
            blocks.Add(i == 0 ? new TitleBlock(grids[i].Title) : new HeadingBlock(1, grids[i].Title));
            blocks.Add(new GridBlock(grids[i]));
        }

        return blocks;
    }

    private static List<Grid> ScoreGrids(Evaluation evaluation, Framework? framework)
    {
        var sheet = framework is null ? null : ScoreSheet.Of(evaluation, framework);
        var caption = sheet is null ? "" : ScoreGrid.Caption(sheet);
        return sheet is null
            ? [FindingsGrid.Build(evaluation.Findings, caption)]
            : [ScoreGrid.Build(sheet), FindingsGrid.Build(evaluation.Findings, caption)];
    }
}
