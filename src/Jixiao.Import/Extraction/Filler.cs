using Jixiao.Domain.Model;

namespace Jixiao.Import.Extraction;

/// <summary>The fourth step: the model filled from the board's agreed values. Nothing here reads text.</summary>
internal static class Filler
{
    public static Evaluation Fill(FieldBoard board)
    {
        var evaluation = new Evaluation
        {
            Kind = board.Get(Fields.Kind) ?? EvaluationKind.Department,
            Department = board.Text(Fields.Department),
            Project = Project(board),
            Year = board.Get(Fields.Year),
            Date = board.Get(Fields.Date),
            Unit = board.Unit,
            Staff = Staff(board),
            Budget = Budget(board),
            Goals = board.List<string>("goals"),
            Tasks = board.List<KeyTask>("tasks"),
            KeyIndicators = board.List<KeyIndicator>("keyIndicators"),
            Indicators = Indicators(board),
            Score = Score(board),
            KeyProjects = board.List<KeyProject>("keyProjects"),
            Achievements = board.List<string>("achievements"),
            Problems = board.List<string>("problems"),
            Improvements = board.List<string>("improvements"),
        };

        // Conflicts are found while resolving, so the findings and provenance are read last.
        return evaluation with
        {
            Findings = [.. board.Findings],
            Provenance = new Dictionary<string, Source>(board.Provenance.OrderBy(pair => pair.Key, StringComparer.Ordinal)),
        };
    }

    /// <summary>
    /// The indicator leaves; a project table's execution rate, scored in its budget rows, is the first of them, and is
    /// scored as one (its rate is the budget's: no target or actual of its own is printed).
    /// </summary>
    private static IReadOnlyList<Indicator> Indicators(FieldBoard board)
    {
        var leaves = board.List<Indicator>("indicators");
        var (weight, score) = (board.Get(Fields.BudgetRateWeight), board.Get(Fields.BudgetRateScore));
        return (weight is null && score is null) || leaves.Any(leaf => leaf.Name == "预算执行率")
            ? leaves
            : [new Indicator { Path = ["预算执行率"], Name = "预算执行率", Method = ScoringMethod.ExecutionRate, Weight = weight, Score = score }, .. leaves];
    }

    private static ProjectInfo? Project(FieldBoard board)
    {
        var project = new ProjectInfo { Name = board.Text(Fields.ProjectName), Code = board.Text(Fields.ProjectCode), Supervisor = board.Text(Fields.ProjectSupervisor) };
        return project == new ProjectInfo() ? null : project;
    }

    private static Staff? Staff(FieldBoard board)
    {
        var staff = new Staff { Active = board.Get(Fields.StaffActive), Other = board.Get(Fields.StaffOther), Retired = board.Get(Fields.StaffRetired) };
        return staff == new Staff() ? null : staff;
    }

    private static Budget? Budget(FieldBoard board)
    {
        decimal? Amount(string name) => board.Get(Fields.Budget(name));
        var functions = Lines(board, "budget.byFunction.", (name, initial, adjusted, actual) =>
            new FunctionLine { Name = name, Initial = initial, Adjusted = adjusted, Actual = actual });
        var natures = Lines(board, "budget.byNature.", (name, initial, adjusted, actual) =>
            new NatureLine { Name = name, Initial = initial, Adjusted = adjusted, Actual = actual });
        var budget = new Budget
        {
            Initial = Amount("initial"),
            Adjustment = Amount("adjustment"),
            Adjusted = Amount("adjusted"),
            Actual = Amount("actual"),
            ExecutionRate = Amount("executionRate"),
            AdjustmentRate = Amount("adjustmentRate"),
            Basic = Amount("basic"),
            Personnel = Amount("personnel"),
            PublicFunds = Amount("publicFunds"),
            Project = Amount("project"),
            BasicShare = Amount("basicShare"),
            ProjectShare = Amount("projectShare"),
            Carryover = Amount("carryover"),
            BySource = board.Under<decimal>("budget.bySource.").ToDictionary(pair => pair.Key, pair => pair.Value),
            ByFunction = functions,
            ByNature = natures,
        };
        return budget.Initial is null && budget.Adjusted is null && budget.Actual is null && budget.BySource.Count == 0 && functions.Count == 0
            && natures.Count == 0 && budget.Basic is null && budget.Project is null && budget.Carryover is null
            ? null : budget;
    }

    /// <summary>The lines under <paramref name="prefix"/> ("budget.byFunction.公共安全.initial" …), in the order they were first read.</summary>
    private static List<T> Lines<T>(FieldBoard board, string prefix, Func<string, decimal?, decimal?, decimal?, T> line) =>
        board.Under<decimal>(prefix)
            .Select(pair => (Name: pair.Key[..pair.Key.LastIndexOf('.')], Column: pair.Key[(pair.Key.LastIndexOf('.') + 1)..], pair.Value))
            .GroupBy(cell => cell.Name)
            .OrderBy(group => board.Order(prefix + group.Key))
            .Select(group =>
            {
                decimal? Column(string column) => group.Where(cell => cell.Column == column).Select(cell => (decimal?)cell.Value).FirstOrDefault();
                return line(group.Key, Column("initial"), Column("adjusted"), Column("actual"));
            })
            .ToList();

    private static Score? Score(FieldBoard board)
    {
        var score = new Score
        {
            Total = board.Get(Fields.ScoreTotal),
            Parts = board.Under<decimal>("score.parts.").ToDictionary(pair => pair.Key, pair => pair.Value),
            Rates = board.Under<decimal>("score.rates.").ToDictionary(pair => pair.Key, pair => pair.Value),
            Weights = board.Under<decimal>("score.weights.").ToDictionary(pair => pair.Key, pair => pair.Value),
            Grade = board.Get(Fields.ScoreGrade),
            DeductionReasons = board.List<string>("score.deductionReasons"),
        };
        return score.Total is null && score.Parts.Count == 0 && score.Rates.Count == 0 && score.Weights.Count == 0 && score.Grade is null && score.DeductionReasons.Count == 0
            ? null : score;
    }
}
