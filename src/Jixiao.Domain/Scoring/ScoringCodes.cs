namespace Jixiao.Domain.Scoring;

/// <summary>Stable codes of the findings scoring raises (docs/scoring-rules.md lists them).</summary>
public static class ScoringCodes
{
    /// <summary>The actual is far beyond the target: the target was set too low.</summary>
    public const string TargetTooLow = "JX-S001";

    /// <summary>The indicator could not be scored from its data; the printed score was used, or none.</summary>
    public const string NotScored = "JX-S002";

    /// <summary>A qualitative indicator's printed score lies outside its band.</summary>
    public const string OutsideBand = "JX-S003";

    /// <summary>Deductions add up to more than the weight.</summary>
    public const string DeductionsExceedWeight = "JX-S004";
}
