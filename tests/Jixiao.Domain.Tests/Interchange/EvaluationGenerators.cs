using FsCheck;
using FsCheck.Fluent;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Interchange;

/// <summary>Random valid evaluations: every field present or absent, decimals of every scale, text with CJK, quotes and escapes.</summary>
public static class EvaluationGenerators
{
    private static readonly string[] s_pieces = ["a", "Z", "7", " ", "中", "文", "预算", "％", "\"", "\\", "\n", "<", "&", "’", "🙂", "一、"];

    public static Arbitrary<Evaluation> Evaluation() => Arb.From(EvaluationGen);

    private static Gen<string> Text => Gen.ListOf(Gen.Elements(s_pieces)).Select(pieces => string.Concat(pieces));

    /// <summary>Names of indicators and levels: never blank.</summary>
    private static Gen<string> Name => Text.Select(text => "指标" + text);

    private static Gen<string?> OptionalText => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text.Select(text => (string?)text)));

    /// <summary>Non-negative decimals up to 10¹² with 0 to 5 decimals, the scale kept (16.60 stays 16.60).</summary>
    private static Gen<decimal> Amount =>
        from mantissa in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 5)
        select new decimal(mantissa, 0, 0, false, (byte)scale);

    private static Gen<decimal?> OptionalAmount => Gen.Frequency((1, Gen.Constant<decimal?>(null)), (3, Amount.Select(a => (decimal?)a)));

    private static Gen<IReadOnlyList<T>> ListOf<T>(Gen<T> item) =>
        Gen.Choose(0, 3).SelectMany(count => Gen.ListOf(item, count)).Select(items => (IReadOnlyList<T>)[.. items]);

    private static Gen<T?> Optional<T>(Gen<T> value)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, value.Select(v => (T?)v)));

    private static Gen<IReadOnlyDictionary<string, decimal>> Map =>
        ListOf(Gen.Zip(Text, Amount)).Select(pairs => (IReadOnlyDictionary<string, decimal>)pairs
            .GroupBy(pair => pair.Item1).ToDictionary(group => group.Key, group => group.First().Item2));

    private static Gen<KeyIndicator> KeyIndicatorGen =>
        from name in Text from target in OptionalText from actual in OptionalText
        select new KeyIndicator { Name = name, Target = target, Actual = actual };

    private static Gen<Budget> BudgetGen =>
        from amounts in Gen.ListOf(OptionalAmount, 13)
        from adjustmentSign in Gen.Elements(1m, -1m)
        from bySource in Map
        from byFunction in ListOf(from name in Text from initial in OptionalAmount from adjusted in OptionalAmount from actual in OptionalAmount
                                  select new FunctionLine { Name = name, Initial = initial, Adjusted = adjusted, Actual = actual })
        from natures in Gen.SubListOf(NatureLine.Names.ToArray())
        from columns in Gen.ListOf(OptionalAmount, 3 * NatureLine.Names.Count)
        select new Budget
        {
            Initial = amounts[0], Adjustment = amounts[1] * adjustmentSign, Adjusted = amounts[2], Actual = amounts[3],
            ExecutionRate = amounts[4], AdjustmentRate = amounts[5], Basic = amounts[6], Personnel = amounts[7],
            PublicFunds = amounts[8], Project = amounts[9], BasicShare = amounts[10], ProjectShare = amounts[11],
            Carryover = amounts[12], BySource = bySource, ByFunction = byFunction,
            ByNature = [.. natures.Select((name, i) => new NatureLine { Name = name, Initial = columns[3 * i], Adjusted = columns[(3 * i) + 1], Actual = columns[(3 * i) + 2] })],
        };

    private static Gen<Indicator> IndicatorGen =>
        from path in ListOf(Name)
        from name in Name
        from numbers in Gen.ListOf(OptionalAmount, 3)
        from target in OptionalText
        from actual in OptionalText
        from method in Optional(Gen.Elements(Enum.GetValues<ScoringMethod>()))
        from achievement in Optional(Gen.Elements(Enum.GetValues<Achievement>()))
        from deductions in ListOf(from points in Amount from reason in Text select new Deduction { Points = points, Reason = reason })
        from reason in OptionalText
        select new Indicator
        {
            Path = [.. path, name], Name = name, Weight = numbers[0], Score = numbers[1], Rate = numbers[2], Target = target,
            Actual = actual, Method = method, Achievement = achievement, Deductions = deductions, Reason = reason,
        };

    private static Gen<Score> ScoreGen =>
        from total in OptionalAmount from parts in Map from rates in Map from weights in Map
        from grade in Optional(Gen.Elements(Enum.GetValues<Grade>()))
        from reasons in ListOf(Text)
        select new Score { Total = total, Parts = parts, Rates = rates, Weights = weights, Grade = grade, DeductionReasons = reasons };

    private static Gen<Evaluation> EvaluationGen =>
        from kind in Gen.Elements(Enum.GetValues<EvaluationKind>())
        from texts in Gen.ListOf(OptionalText, 5)
        from year in Optional(Gen.Choose(1990, 2100))
        from day in Optional(Gen.Choose(0, 20000))
        from unit in Gen.Elements<string?>(null, "万元", "元", "亿元")
        from staff in Gen.OrNull(from a in Optional(Gen.Choose(0, 500)) from o in Optional(Gen.Choose(0, 500)) from r in Optional(Gen.Choose(0, 500))
                                 select new Staff { Active = a, Other = o, Retired = r })
        from budget in Gen.OrNull(BudgetGen)
        from goals in ListOf(Text)
        from tasks in ListOf(from name in Text from content in OptionalText from target in OptionalText from completion in OptionalText
                             from funds in OptionalAmount from indicators in ListOf(KeyIndicatorGen)
                             select new KeyTask { Name = name, Content = content, Target = target, Completion = completion, Funds = funds, Indicators = indicators })
        from keyIndicators in ListOf(KeyIndicatorGen)
        from indicators in ListOf(IndicatorGen)
        from score in Gen.OrNull(ScoreGen)
        from projects in ListOf(from name in Text from numbers in Gen.ListOf(OptionalAmount, 4) from grade in Optional(Gen.Elements(Enum.GetValues<Grade>()))
                                select new KeyProject { Name = name, Budget = numbers[0], Actual = numbers[1], ExecutionRate = numbers[2], Score = numbers[3], Grade = grade })
        from narrative in Gen.ListOf(ListOf(Text), 3)
        from findings in ListOf(from code in Text from severity in Gen.Elements(Enum.GetValues<Severity>()) from place in Text from message in Text
                                select new Finding { Code = code, Severity = severity, Field = place, Message = message })
        from computed in Gen.OrNull(from b in Gen.OrNull(BudgetGen) from i in ListOf(IndicatorGen) from s in Gen.OrNull(ScoreGen)
                                    select new Computed { Budget = b, Indicators = i, Score = s })
        select new Evaluation
        {
            Kind = kind, Framework = texts[0], Department = texts[1],
            Project = texts[2] is null ? null : new ProjectInfo { Name = texts[2], Code = texts[3], Supervisor = texts[4] },
            Year = year, Date = day is { } d ? new DateOnly(2000, 1, 1).AddDays(d) : null, Unit = unit, Staff = staff, Budget = budget,
            Goals = goals, Tasks = tasks, KeyIndicators = keyIndicators, Indicators = indicators, Score = score, KeyProjects = projects,
            Achievements = narrative[0], Problems = narrative[1], Improvements = narrative[2], Findings = findings, Computed = computed,
        };
}
