using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>What the JX-I rules read: every indicator with a target and an actual, parsed once per check.</summary>
internal static partial class IndicatorRules
{
    /// <summary>Where a measured indicator stands: the scored tree, the key indicators, or a key task.</summary>
    private enum MeasuredPlace
    {
        Indicator,
        KeyIndicator,
        TaskIndicator,
    }

    /// <summary>The rules' shared list of <see cref="Measured"/> items (<see cref="RuleContext.Shared"/>).</summary>
    private static readonly object s_measuredKey = new();

    /// <summary>
    /// An indicator with a target and an actual, wherever it stands in the evaluation. Its texts are parsed on first
    /// use and then kept for the rest of the check: four rules read them, and parsing is most of what those rules cost.
    /// </summary>
    private sealed class Measured(MeasuredPlace place, int index, string name, string? taskName, string? target, string? actual, bool hasNoOwnTarget)
    {
        private (bool Done, Target? Value) _target;
        private (bool Done, Quantity? Value) _actual;

        /// <summary>Its field path ("keyIndicators[3]"), built only when a finding needs it.</summary>
        public string Field => place switch
        {
            MeasuredPlace.Indicator => $"indicators[{index}]",
            MeasuredPlace.KeyIndicator => $"keyIndicators[{index}]",
            _ => $"tasks[{TaskIndex}].indicators[{index}]",
        };

        /// <summary>How a finding names it ("关键指标「…」"), built only when a finding needs it.</summary>
        public string Label => place switch
        {
            MeasuredPlace.Indicator => $"指标「{Name}」",
            MeasuredPlace.KeyIndicator => $"关键指标「{Name}」",
            _ => $"任务「{taskName}」的关键指标「{Name}」",
        };

        /// <summary>For a task's indicator: the task's index.</summary>
        public int TaskIndex { get; init; }

        public string Name { get; } = name;

        public string? Target { get; } = target;

        public string? Actual { get; } = actual;

        public bool HasNoOwnTarget { get; } = hasNoOwnTarget;

        /// <summary><see cref="QuantityParser.TryParseTarget"/> of <see cref="Target"/>, null when it reads none.</summary>
        public Target? ParsedTarget
        {
            get
            {
                if (!_target.Done)
                {
                    _target = (true, QuantityParser.TryParseTarget(Target, out var parsed) ? parsed : null);
                }

                return _target.Value;
            }
        }

        /// <summary><see cref="QuantityParser.TryParseQuantity"/> of <see cref="Actual"/>, null when it reads none.</summary>
        public Quantity? ParsedActual
        {
            get
            {
                if (!_actual.Done)
                {
                    _actual = (true, QuantityParser.TryParseQuantity(Actual, out var parsed) ? parsed : null);
                }

                return _actual.Value;
            }
        }
    }

    /// <summary>The scored indicators, then the key indicators, then the tasks' indicators; built once per check.</summary>
    private static List<Measured> MeasuredItems(RuleContext context) => context.Shared(s_measuredKey, BuildMeasuredItems);

    private static List<Measured> BuildMeasuredItems(RuleContext context)
    {
        var evaluation = context.Evaluation;
        var items = new List<Measured>();
        for (var i = 0; i < evaluation.Indicators.Count; i++)
        {
            items.Add(Item(context, i));
        }

        for (var i = 0; i < evaluation.KeyIndicators.Count; i++)
        {
            var key = evaluation.KeyIndicators[i];
            items.Add(new Measured(MeasuredPlace.KeyIndicator, i, key.Name, null, key.Target, key.Actual, false));
        }

        for (var i = 0; i < evaluation.Tasks.Count; i++)
        {
            var task = evaluation.Tasks[i];
            for (var j = 0; j < task.Indicators.Count; j++)
            {
                var key = task.Indicators[j];
                items.Add(new Measured(MeasuredPlace.TaskIndicator, j, key.Name, task.Name, key.Target, key.Actual, false) { TaskIndex = i });
            }
        }

        return items;
    }

    /// <summary>
    /// A scored indicator. A deduction-style one (points off a standard) has no target or actual to hold it to; nor has a
    /// budget execution rate that prints no target (a project table's, read from its budget rows): it is held to 100 %
    /// and measured by the budget's own figures.
    /// </summary>
    private static Measured Item(RuleContext context, int index)
    {
        var leaf = context.Evaluation.Indicators[index];
        var computed = context.Evaluation.Computed?.Indicators;
        // The rescored leaves are the evaluation's in their order, then any the budget stood in for.
        var method = computed?.Count >= context.Evaluation.Indicators.Count ? computed[index].Method ?? leaf.Method : leaf.Method;
        var noOwnTarget = method == ScoringMethod.Deduction || (method is null && leaf.Deductions.Count > 0)
            || (method == ScoringMethod.ExecutionRate && string.IsNullOrWhiteSpace(leaf.Target));
        return new Measured(MeasuredPlace.Indicator, index, leaf.Name, null, leaf.Target, leaf.Actual, noOwnTarget);
    }
}
