using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Render.Layout;
using Jixiao.Render.Scores;
using Jixiao.Render.Xlsx;

namespace Jixiao.Render;

/// <summary>
/// Writes an evaluation's documents to a stream. The evaluation comes scored and reviewed (<see cref="Evaluation.Computed"/>
/// and <see cref="Evaluation.Findings"/> filled, as `jixiao score -o` writes it); the renderers compute nothing of their own
/// and leave blank what the data lacks. The time stamped into a package comes from the clock given, so the same
/// evaluation and clock give the same bytes.
/// </summary>
public static class Renderer
{
    public static void Write(Evaluation evaluation, Framework? framework, RenderWhat what, RenderFormat format, Stream output, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(clock);
        var time = clock.GetUtcNow();
        var grids = what switch
        {
            RenderWhat.Scores => ScoreGrids(evaluation, framework),
            _ => throw new NotSupportedException($"{what} is not rendered yet"),
        };
        switch (format)
        {
            case RenderFormat.Xlsx:
                XlsxWriter.Write(grids, grids[0].Title, output, time);
                break;
            default:
                throw new NotSupportedException($"{format} is not rendered yet");
        }
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
