namespace Jixiao.Render.Tests;

/// <summary>Every document written is valid Open XML and the same bytes twice: each seed, sample and the project table, in each kind and format.</summary>
public sealed class ValidityTests
{
    public static TheoryData<string, RenderWhat, RenderFormat> Cases()
    {
        var cases = new TheoryData<string, RenderWhat, RenderFormat>();
        foreach (var input in Inputs.All)
        {
            foreach (var what in Enum.GetValues<RenderWhat>())
            {
                foreach (var format in new[] { RenderFormat.Xlsx, RenderFormat.Docx })
                {
                    if (Inputs.Writes(what, format))
                    {
                        cases.Add(input, what, format);
                    }
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_Input_IsValidOpenXml(string input, RenderWhat what, RenderFormat format)
    {
        var (evaluation, framework) = Inputs.Named(input);

        OpenXmlValid.Assert(Inputs.Render(evaluation, framework, what, format), format);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SameInputTwice_SameBytes(string input, RenderWhat what, RenderFormat format)
    {
        var (evaluation, framework) = Inputs.Named(input);

        Assert.Equal(Inputs.Render(evaluation, framework, what, format), Inputs.Render(evaluation, framework, what, format));
    }

    [Fact]
    public void Render_AnotherClock_OnlyTheTimeDiffers()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");
        using var later = new MemoryStream();
        Renderer.Write(evaluation, framework, RenderWhat.Table, RenderFormat.Xlsx, later, new FixedClock(new DateTimeOffset(2030, 1, 2, 3, 4, 6, TimeSpan.Zero)));

        var parts = Inputs.Parts(later.ToArray());
        var reference = Inputs.Parts(Inputs.Render(evaluation, framework, RenderWhat.Table, RenderFormat.Xlsx));

        Assert.Equal(reference.Keys, parts.Keys);
        Assert.Equal(["docProps/core.xml"], reference.Keys.Where(name => reference[name] != parts[name]));
        Assert.Contains("2030-01-02T03:04:06Z", parts["docProps/core.xml"], StringComparison.Ordinal);
    }
}
