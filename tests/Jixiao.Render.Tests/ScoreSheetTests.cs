namespace Jixiao.Render.Tests;

public sealed class ScoreSheetTests
{
    [Theory]
    [InlineData("qinghe-justice-2025")]
    [InlineData("beihu-emergency-2025")]
    public void Xlsx_Sample_IsValidAndStable(string sample)
    {
        var (evaluation, framework) = Inputs.Sample(sample);

        var first = Inputs.Render(evaluation, framework, RenderWhat.Scores, RenderFormat.Xlsx);
        var second = Inputs.Render(evaluation, framework, RenderWhat.Scores, RenderFormat.Xlsx);

        File.WriteAllBytes($"/tmp/render-{sample}-2.xlsx", second);
        File.WriteAllBytes($"/tmp/render-{sample}-scores.xlsx", first);
        OpenXmlValid.Assert(first, RenderFormat.Xlsx);
        Assert.Equal(first, second);
        File.WriteAllBytes($"/tmp/render-{sample}-scores.xlsx", first);
    }
}
