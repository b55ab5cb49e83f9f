using Jixiao.Domain.Model;

namespace Jixiao.Import.Extraction;

/// <summary>
/// A field of the interchange model that recognizers fill: its path (「budget.actual」「score.parts.产出」) and, in
/// <typeparamref name="T"/>, the type of its value. Made only by <see cref="Fields"/>, which knows every path.
/// </summary>
internal readonly record struct Field<T>(string Path)
    where T : notnull
{
    public override string ToString() => Path;
}

/// <summary>Every field a reading may fill, with its type; the fields of a group (parts, sources, function classes) by name.</summary>
internal static class Fields
{
    // Declared before the fields: each registers its path and type here as it is made.
    private static readonly Dictionary<string, Type> s_fixed = new(StringComparer.Ordinal);

    /// <summary>The amounts and rates of <see cref="Budget"/> by their names in the model (initial, actual, basicShare …).</summary>
    private static readonly HashSet<string> s_budget =
        ["initial", "adjustment", "adjusted", "actual", "executionRate", "adjustmentRate", "basic", "personnel", "publicFunds", "project", "basicShare", "projectShare", "carryover"];

    /// <summary>Groups of fields named by what they hold: a part's score, a source's spending, a function class's column.</summary>
    private static readonly string[] s_groups = ["score.parts.", "score.rates.", "score.weights.", "budget.bySource.", "budget.byFunction.", "budget.byNature."];

    public static readonly Field<EvaluationKind> Kind = Known<EvaluationKind>("kind");
    public static readonly Field<string> Department = Known<string>("department");
    public static readonly Field<int> Year = Known<int>("year");
    public static readonly Field<DateOnly> Date = Known<DateOnly>("date");
    public static readonly Field<string> ProjectName = Known<string>("project.name");
    public static readonly Field<string> ProjectCode = Known<string>("project.code");
    public static readonly Field<string> ProjectSupervisor = Known<string>("project.supervisor");
    public static readonly Field<int> StaffActive = Known<int>("staff.active");
    public static readonly Field<int> StaffOther = Known<int>("staff.other");
    public static readonly Field<int> StaffRetired = Known<int>("staff.retired");
    public static readonly Field<decimal> ScoreTotal = Known<decimal>("score.total");
    public static readonly Field<Grade> ScoreGrade = Known<Grade>("score.grade");
    public static readonly Field<decimal> ExecutionRate = Budget("executionRate");

    /// <summary>The points a project table gives 预算执行率 in its budget rows (its 分值 and 得分).</summary>
    public static readonly Field<decimal> BudgetRateWeight = Known<decimal>("budgetRate.weight");

    public static readonly Field<decimal> BudgetRateScore = Known<decimal>("budgetRate.score");

    public static Field<decimal> Budget(string name) => Named<decimal>("budget." + name);

    public static Field<decimal> ScorePart(string part) => new("score.parts." + part);

    public static Field<decimal> ScoreRate(string part) => new("score.rates." + part);

    public static Field<decimal> ScoreWeight(string part) => new("score.weights." + part);

    public static Field<decimal> BySource(string source) => new("budget.bySource." + source);

    public static Field<decimal> ByFunction(string function, string column) => new($"budget.byFunction.{function}.{column}");

    public static Field<decimal> ByNature(string nature, string column) => new($"budget.byNature.{nature}.{column}");

    private static Field<T> Known<T>(string path)
        where T : notnull
    {
        s_fixed.Add(path, typeof(T));
        return new Field<T>(path);
    }

    /// <summary>
    /// The field a path names (label tables and form files name fields by path); a path the model has not, or a value
    /// of another type, is a mistake of ours and throws.
    /// </summary>
    public static Field<T> Named<T>(string path)
        where T : notnull
    {
        var type = s_fixed.TryGetValue(path, out var known) ? known
            : path.StartsWith("budget.", StringComparison.Ordinal) && s_budget.Contains(path["budget.".Length..]) ? typeof(decimal)
            : s_groups.Any(group => path.StartsWith(group, StringComparison.Ordinal) && path.Length > group.Length) ? typeof(decimal)
            : null;
        return type == typeof(T) ? new Field<T>(path) : throw new ArgumentException($"no field {path} of type {typeof(T).Name}", nameof(path));
    }
}
