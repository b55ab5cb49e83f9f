using System.Reflection;
using System.Text.Json;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Checks;

/// <summary>
/// A rules file (docs/checks.md): severity, on/off, thresholds and words per rule code. Jixiao's defaults are
/// embedded; a bureau's file sets only what it changes, and the rest keeps the defaults.
/// </summary>
public sealed record CheckRules
{
    private const string ResourceName = "Jixiao.Checks.rules.json";

    /// <summary>What the file is for, shown by `jixiao rules`.</summary>
    public string? Description { get; init; }

    public IReadOnlyDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>();

    /// <summary>Jixiao's defaults, with an entry for every rule.</summary>
    public static CheckRules BuiltIn { get; } = LoadBuiltIn();

    /// <summary>A rule's settings; every rule has them in <see cref="BuiltIn"/> and so in every file read over it.</summary>
    public RuleSettings For(string code) => Rules[code];

    /// <summary>Reads a bureau's rules file and lays it over the defaults.</summary>
    public static ReadResult<CheckRules> Parse(string json) => Parse(json, BuiltIn);

    public static string ToJson(CheckRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return JsonSerializer.Serialize(rules, InterchangeJson.Options) + "\n";
    }

    private static ReadResult<CheckRules> Parse(string json, CheckRules? defaults)
    {
        ArgumentNullException.ThrowIfNull(json);
        var parsed = InterchangeJson.Deserialize<CheckRules>(json);
        if (parsed.Value is not { } file)
        {
            return parsed;
        }

        var errors = new List<InputError>();
        var merged = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
        foreach (var (code, settings) in file.Rules)
        {
            if (RuleCatalog.Find(code) is not { } rule)
            {
                errors.Add(new InputError($"rules.{code}", $"没有编号为 {code} 的规则（jixiao rules 列出全部规则）"));
                continue;
            }

            // The reader rejects null lists and fields, but not a null entry of a dictionary.
            if (settings is null)
            {
                errors.Add(new InputError($"rules.{code}", "不能为 null"));
                continue;
            }

            foreach (var (name, value) in settings.Limits)
            {
                if (!rule.Limits.Contains(name))
                {
                    var known = rule.Limits.Count == 0 ? "此规则没有阈值" : $"可用：{string.Join("、", rule.Limits)}";
                    errors.Add(new InputError($"rules.{code}.limits.{name}", $"规则 {code} 没有阈值 {name}（{known}）"));
                }
                else if (value < 0)
                {
                    errors.Add(new InputError($"rules.{code}.limits.{name}", $"阈值不能为负数（{value}）"));
                }
            }

            foreach (var word in settings.Words ?? [])
            {
                if (rule.AllowedWords is { } allowed && !allowed.Contains(word))
                {
                    errors.Add(new InputError($"rules.{code}.words", $"规则 {code} 不认识「{word}」（可选：{string.Join("、", allowed)}）"));
                }
            }

            merged[code] = defaults?.Rules.GetValueOrDefault(code) is { } basis ? basis.Overlay(settings) : settings;
            if (GradeLinesOutOfOrder(merged[code]) is { } lines)
            {
                errors.Add(new InputError($"rules.{code}.limits", $"等级线应由高到低：{lines}"));
            }
        }

        foreach (var rule in RuleCatalog.All.Where(rule => !merged.ContainsKey(rule.Code)))
        {
            if (defaults is null)
            {
                errors.Add(new InputError($"rules.{rule.Code}", "缺少此规则的设置"));
            }
            else
            {
                merged[rule.Code] = defaults.For(rule.Code);
            }
        }

        return errors.Count > 0 ? new ReadResult<CheckRules>(errors)
            : new ReadResult<CheckRules>(file with { Description = file.Description ?? defaults?.Description, Rules = Ordered(merged) });
    }

    /// <summary>
    /// Grade lines (excellent, good, fair) that do not fall from 优 to 中, shown as set; null when in order or absent.
    /// Excellent 85 with good 95 would grade 90 as 优 and leave 良 unreachable.
    /// </summary>
    private static string? GradeLinesOutOfOrder(RuleSettings settings) =>
        settings.Limits.TryGetValue("excellent", out var excellent) && settings.Limits.TryGetValue("good", out var good)
        && settings.Limits.TryGetValue("fair", out var fair) && !(excellent >= good && good >= fair)
            ? $"excellent（{Number.Show(excellent)}）≥ good（{Number.Show(good)}）≥ fair（{Number.Show(fair)}）"
            : null;

    /// <summary>The settings in catalogue order, so that a written file lists the rules as `jixiao rules` does.</summary>
    private static Dictionary<string, RuleSettings> Ordered(Dictionary<string, RuleSettings> settings) =>
        RuleCatalog.All.ToDictionary(rule => rule.Code, rule => settings[rule.Code], StringComparer.Ordinal);

    private static CheckRules LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)!;
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), defaults: null);

        // Broken defaults are a bug in Jixiao, not bad input: every rule needs a severity, a switch and its thresholds.
        var incomplete = result.Value?.Rules.Where(pair => pair.Value.Severity is null || pair.Value.Enabled is null
            || RuleCatalog.Find(pair.Key)!.Limits.Any(limit => !pair.Value.Limits.ContainsKey(limit))).Select(pair => pair.Key).ToList();
        return result.Value is { } rules && incomplete is []
            ? rules
            : throw new InvalidOperationException($"Built-in rules file is invalid: {string.Join("; ", result.Errors)} {string.Join(", ", incomplete ?? [])}");
    }
}
