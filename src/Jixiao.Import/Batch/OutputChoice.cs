namespace Jixiao.Import.Batch;

/// <summary>The output folder chosen, or the reason the one asked for may not be used.</summary>
public sealed record OutputChoice(string Directory, string? Problem, bool ReplacesEarlierRun)
{
    public static OutputChoice Refused(string directory, string problem) => new(directory, problem, false);
}
