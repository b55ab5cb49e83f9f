using System.Runtime.InteropServices;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Scoring;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `check`: <see cref="EvaluationChecker.Check"/> over the test evaluations repeated to --count, on one thread.
/// Three scenarios separate the cost: the whole check as `jixiao check` runs it (rescoring by the named framework,
/// then the rules), the rules alone (framework null, so nothing is rescored), and the rescoring alone.
/// </summary>
internal static class CheckBench
{
    public const int DefaultCount = 10_000;

    /// <summary>Also times each rule family and each rule on its own (<see cref="RuleProfile"/>).</summary>
    public const string ProfileSwitch = "--profile";

    /// <summary>What the check should reach on one core (evaluations per second).</summary>
    private const double Target = 20_000;

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        if (RepoFiles.FindRoot() is not { } root)
        {
            error.WriteLine("check: Jixiao.slnx not found above the executable or the working directory");
            return BenchCli.BadUsage;
        }

        var (inputs, problems) = CheckInput.Load(root);
        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            return BenchCli.BadUsage;
        }

        // The inputs repeated to the count, parsed once: only checking is timed.
        var repeated = Enumerable.Range(0, options.Count).Select(i => inputs[i % inputs.Count]).ToArray();
        var rules = CheckRules.BuiltIn;

        output.WriteLine(Invariant($"check · {RuntimeInformation.FrameworkDescription} · {RuntimeInformation.RuntimeIdentifier} · {Environment.ProcessorCount} logical processors · one thread"));
        output.WriteLine(Invariant($"inputs: {inputs.Count} evaluations ({inputs.Count(input => input.Framework is not null)} name a framework) from {string.Join(", ", CheckInput.Folders)}"));
        output.WriteLine(Invariant($"        repeated to {options.Count:N0} a round; at least {options.Warmup} untimed round(s) first, for at least {(Environment.ProcessorCount == 1 ? 15 : 3)} s and until the rounds stop getting faster, then {options.Rounds} timed, the median quoted"));
        output.WriteLine(OutputDigest.Describe(inputs, rules));
        output.WriteLine();

        // The three take turns, in warm-up and timed rounds alike, so that none is timed before the code it shares is warm.
        var measured = Timing.Interleaved(options.Count, options,
        [
            i => EvaluationChecker.Check(repeated[i].Evaluation, repeated[i].Framework, rules).Findings.Count,
            i => EvaluationChecker.Check(repeated[i].Evaluation, null, rules).Findings.Count,
            i => repeated[i].Framework is { } framework ? EvaluationScorer.Score(repeated[i].Evaluation, framework).Errors.Count : 0,
        ]);
        var (check, rulesOnly, rescoring) = (measured[0], measured[1], measured[2]);

        output.WriteLine("scenario                                  evaluations/s   slowest–fastest round   µs/evaluation   KB allocated/evaluation   gen0 GCs/1000");
        Row(output, "check (rescoring + rules)", check);
        Row(output, "rules only (framework null, no rescoring)", rulesOnly);
        Row(output, "rescoring only (EvaluationScorer.Score)", rescoring);
        output.WriteLine();
        output.WriteLine(Invariant($"target {Target:N0} evaluations/s for the check on one thread: {(check.PerSecond >= Target ? "met" : "NOT met")} ({check.PerSecond:N0}/s)"));

        if (options.Has(ProfileSwitch))
        {
            output.WriteLine();
            RuleProfile.Run(repeated, rules, options, output);
        }

        return BenchCli.Ok;
    }

    private static void Row(TextWriter output, string label, Measurement measurement)
    {
        var (slowest, fastest) = measurement.Range;
        output.WriteLine(Invariant(
            $"{label,-41} {measurement.PerSecond,14:N0}   {slowest,10:N0}–{fastest,-10:N0}   {measurement.MicrosecondsPerItem,13:N1}   {measurement.AllocatedBytesPerItem / 1024,23:N1}   {measurement.CollectionsPerThousand,13:N2}"));
    }
}
