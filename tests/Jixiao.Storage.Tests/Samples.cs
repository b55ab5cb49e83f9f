using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Storage.Tests;

/// <summary>Evaluations to store: the repository's sample, renamed and refigured as a test needs.</summary>
internal static class Samples
{
    private static readonly Lazy<Evaluation> s_qinghe = new(() =>
        InterchangeJson.Read(File.ReadAllText(RepoPaths.File("samples", "qinghe-justice-2025.json"))).Value!);

    public static Evaluation Qinghe => s_qinghe.Value;

    public static Evaluation Department(string name, int year, decimal? adjusted = null, decimal? actual = null, decimal? score = null) => Qinghe with
    {
        Department = name,
        Year = year,
        Budget = Qinghe.Budget! with { Adjusted = adjusted ?? Qinghe.Budget!.Adjusted, Actual = actual ?? Qinghe.Budget!.Actual, ExecutionRate = null },
        Score = Qinghe.Score! with { Total = score ?? Qinghe.Score!.Total },
    };
}
