using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Checks;

/// <summary>What a rule sees while it runs: the evaluation, its framework if known, its own settings, and where its findings go.</summary>
internal sealed class RuleContext(Evaluation evaluation, Framework? framework, IReadOnlyList<InputError> scoringErrors, List<Finding> findings)
{
    private Rule _rule = null!;
    private RuleSettings _settings = null!;
    private Dictionary<object, object>? _shared;
    private Dictionary<string, string>? _partKeys;

    public Evaluation Evaluation { get; } = evaluation;

    public Framework? Framework { get; } = framework;

    public Budget? Budget => Evaluation.Budget;

    /// <summary>Why the framework could not rescore the evaluation, if it could not.</summary>
    public IReadOnlyList<InputError> ScoringErrors { get; } = scoringErrors;

    internal void Enter(Rule rule, RuleSettings settings)
    {
        _rule = rule;
        _settings = settings;
    }

    /// <summary>A threshold of the running rule; the rules file is validated to have every one.</summary>
    public decimal Limit(string name) => _settings.Limits[name];

    public IReadOnlyList<string> Words => _settings.Words ?? [];

    /// <summary>The framework's name for a first-level indicator printed as <paramref name="name"/> (管理效能 → 管理效率), else the name itself.</summary>
    public string PartKey(string name)
    {
        // Asked for every leaf by several rules: each name is looked up once per check.
        _partKeys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!_partKeys.TryGetValue(name, out var key))
        {
            var trimmed = name.Trim();
            key = Framework?.Indicators.FirstOrDefault(node => node.Answers(trimmed))?.Name ?? trimmed;
            _partKeys.Add(name, key);
        }

        return key;
    }

    /// <summary>A first-level indicator's weight: as printed in score.weights, else as the framework sets it.</summary>
    public decimal? PartWeight(string key)
    {
        foreach (var (name, weight) in Evaluation.Score?.Weights ?? new Dictionary<string, decimal>())
        {
            if (PartKey(name) == key)
            {
                return weight;
            }
        }

        return Framework?.Indicators.FirstOrDefault(node => node.Name == key)?.Weight;
    }

    /// <summary>Full marks: the framework's total, else 100.</summary>
    public decimal FullMarks => Framework?.Total ?? 100m;

    /// <summary>
    /// What several rules derive alike from the evaluation (the parsed indicator values, say): computed by the first
    /// rule that asks, under <paramref name="key"/>, and then shared, since every rule of one check sees the same evaluation.
    /// </summary>
    public T Shared<T>(object key, Func<RuleContext, T> compute)
        where T : class
    {
        _shared ??= [];
        if (!_shared.TryGetValue(key, out var value))
        {
            value = compute(this);
            _shared[key] = value;
        }

        return (T)value;
    }

    /// <summary>Whether a finding of <paramref name="code"/> on <paramref name="field"/> is already there (scoring's, say).</summary>
    public bool HasFinding(string code, string field) => findings.Exists(finding => finding.Code == code && finding.Field == field);

    public void Report(string field, string message) => findings.Add(new Finding
    {
        Code = _rule.Code,
        Severity = _settings.Severity ?? Severity.Warning,
        Field = field,
        Message = message,
    });
}
