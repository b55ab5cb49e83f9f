namespace Jixiao.Domain.Checks;

/// <summary>
/// A review rule: a stable code, its family, what it checks (Chinese, as `jixiao rules` lists it), the field
/// paths its findings name, and the thresholds it reads from the rules file.
/// </summary>
public sealed record Rule
{
    internal Rule(string code, RuleFamily family, string title, string fields, IReadOnlyList<string> limits, Action<RuleContext> run, IReadOnlyCollection<string>? allowedWords = null)
    {
        AllowedWords = allowedWords;
        Code = code;
        Family = family;
        Title = title;
        Fields = fields;
        Limits = limits;
        Run = run;
    }

    public string Code { get; }

    public RuleFamily Family { get; }

    public string Title { get; }

    /// <summary>The field paths its findings name, as a pattern: "keyProjects[i].actual".</summary>
    public string Fields { get; }

    /// <summary>The names of the thresholds it needs from its <see cref="RuleSettings"/>.</summary>
    public IReadOnlyList<string> Limits { get; }

    /// <summary>For a rule whose words are names rather than phrases: the names it knows.</summary>
    public IReadOnlyCollection<string>? AllowedWords { get; }

    internal Action<RuleContext> Run { get; }
}
