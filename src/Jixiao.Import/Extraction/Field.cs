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
    public static readonly Field<EvaluationKind> Kind = new("kind");
    public static readonly Field<string> Department = new("department");
    public static readonly Field<int> Year = new("year");
    public static readonly Field<DateOnly> Date = new("date");
    public static readonly Field<string> ProjectName = new("project.name");
    public static readonly Field<string> ProjectCode = new("project.code");
    public static readonly Field<string> ProjectSupervisor = new("project.supervisor");
    public static readonly Field<decimal> ScoreTotal = new("score.total");
    public static readonly Field<Grade> ScoreGrade = new("score.grade");
    public static readonly Field<decimal> ExecutionRate = new("budget.executionRate");

    /// <summary>The points a project table gives 预算执行率 in its budget rows (its 分值 and 得分).</summary>
    public static readonly Field<decimal> BudgetRateWeight = new("budgetRate.weight");

    public static readonly Field<decimal> BudgetRateScore = new("budgetRate.score");

    /// <summary>The amounts and rates of <see cref="Budget"/> by their names in the model (initial, actual, basicShare …).</summary>
    private static readonly HashSet<string> s_budget =
        ["initial", "adjustment", "adjusted", "actual", "executionRate", "adjustmentRate", "basic", "personnel", "publicFunds", "project", "basicShare", "projectShare", "carryover"];

    private static readonly Dictionary<string, Type> s_fixed = new(StringComparer.Ordinal)
    {
        ["kind"] = typeof(EvaluationKind), ["department"] = typeof(string), ["year"] = typeof(int), ["date"] = typeof(DateOnly),
        ["project.name"] = typeof(string), ["project.code"] = typeof(string), ["project.supervisor"] = typeof(string),
        ["score.total"] = typeof(decimal), ["score.grade"] = typeof(Grade), ["budgetRate.weight"] = typeof(decimal), ["budgetRate.score"] = typeof(decimal),
        ["staff.active"] = typeof(int), ["staff.other"] = typeof(int), ["staff.retired"] = typeof(int),
    };

    /// <summary>Groups of fields named by what they hold: a part's score, a source's spending, a function class's column.</summary>
    private static readonly string[] s_groups = ["score.parts.", "score.rates.", "score.weights.", "budget.bySource.", "budget.byFunction.", "budget.byNature."];

    public static Field<decimal> Budget(string name) => Named<decimal>("budget." + name);

    public static Field<decimal> ScorePart(string part) => new("score.parts." + part);

    public static Field<decimal> ScoreRate(string part) => new("score.rates." + part);

    public static Field<decimal> ScoreWeight(string part) => new("score.weights." + part);

    public static Field<decimal> BySource(string source) => new("budget.bySource." + source);

    public static Field<decimal> ByFunction(string function, string column) => new($"budget.byFunction.{function}.{column}");

    public static Field<decimal> ByNature(string nature, string column) => new($"budget.byNature.{nature}.{column}");

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
