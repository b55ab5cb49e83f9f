using Jixiao.Domain.Model;

namespace Jixiao.Domain.Frameworks;

/// <summary>A grade and the lowest total (inclusive) that earns it.</summary>
public sealed record GradeBand
{
    public Grade Grade { get; init; }

    public decimal Min { get; init; }

    /// <summary>The grade of <paramref name="total"/> under <paramref name="bands"/>, or null when no band covers it.</summary>
    public static Grade? For(IEnumerable<GradeBand> bands, decimal total) =>
        bands.Where(band => total >= band.Min).OrderByDescending(band => band.Min).Select(band => (Grade?)band.Grade).FirstOrDefault();

    /// <summary>"优 ≥90、良 ≥80、中 ≥60、差 ≥0", for messages.</summary>
    public static string Describe(IEnumerable<GradeBand> bands) =>
        string.Join("、", bands.OrderByDescending(band => band.Min).Select(band => $"{Numbers.GradeNames.ToChinese(band.Grade)} ≥{Numbers.Number.Show(band.Min)}"));
}
