namespace Jixiao.Domain.Checks;

/// <summary>The families of review rules (docs/checks.md); each has its own code letter.</summary>
public enum RuleFamily
{
    /// <summary>JX-A: parts against totals.</summary>
    Arithmetic,

    /// <summary>JX-P: printed values against values computed from the printed inputs.</summary>
    PrintedVsComputed,

    /// <summary>JX-B: over-spending, low execution, large adjustments.</summary>
    BudgetHealth,

    /// <summary>JX-I: targets and actuals of indicators.</summary>
    IndicatorQuality,

    /// <summary>JX-C: the parts an evaluation must have.</summary>
    Completeness,
}
