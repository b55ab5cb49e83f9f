using System.Globalization;
using Jixiao.Domain.Model;
using Jixiao.Import.Text;

namespace Jixiao.Import.Extraction;

/// <summary>
/// Where recognizers put what they read, keyed by field path. A field read once, or read alike
/// everywhere, is filled; a field read with different values at the same strength is left empty
/// with an info finding (JX-X001) that shows both, because a wrong number is worse than none.
/// </summary>
internal sealed class FieldBoard
{
    private readonly Dictionary<string, List<Candidate>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> _provenance = new(StringComparer.Ordinal);
    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, object> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _resolved = new(StringComparer.Ordinal);

    /// <summary>When a group of fields ("budget.byFunction.公共安全") was first read: lists keep the printed order.</summary>
    public int Order(string prefix) => _order.TryGetValue(prefix, out var order) ? order : int.MaxValue;

    public void Propose<T>(Field<T> field, T value, Source source, int strength = 1)
        where T : notnull
    {
        var path = field.Path;
        if (_resolved.ContainsKey(path))
        {
            // A reading after the field was decided would be lost without a word: the recognizers' order is wrong.
            throw new InvalidOperationException($"{path} was proposed after it was resolved");
        }

        if (!_fields.TryGetValue(path, out var candidates))
        {
            _fields[path] = candidates = [];
            _order.TryAdd(path[..(path.LastIndexOf('.') is var dot and > 0 ? dot : path.Length)], _order.Count);
        }

        candidates.Add(new Candidate(value, source, strength));
    }

    public bool Has(string path) => _fields.ContainsKey(path) || _lists.ContainsKey(path);

    /// <summary>Sets a list (goals, tasks …) unless an earlier recognizer set it: the first reader that finds one wins.</summary>
    public bool TrySetList<T>(string path, IReadOnlyList<T> items, IReadOnlyList<Source> sources)
    {
        if (items.Count == 0 || _lists.ContainsKey(path))
        {
            return false;
        }

        _lists[path] = items;
        for (var i = 0; i < sources.Count; i++)
        {
            Note($"{path}[{i}]", sources[i]);
        }

        return true;
    }

    /// <summary>Sets a list of texts (goals, problems …) as printed, each with where it was printed.</summary>
    public bool TrySetTexts(string path, IReadOnlyList<Text.SourceString> items, Func<Text.SourceString, Source> locate) =>
        TrySetList(path, items.Select(item => item.Printed).ToList(), items.Select(locate).ToList());

    /// <summary>Counts the unit an amount was printed in, so the document's unit is the one most amounts use.</summary>
    public void CountUnit(string unit)
    {
        if (unit.Length > 0)
        {
            _units[unit] = _units.GetValueOrDefault(unit) + 1;
        }
    }

    public string? Unit => _units.Count == 0 ? null : _units.MaxBy(pair => pair.Value).Key;

    public IReadOnlyList<T> List<T>(string path) => _lists.TryGetValue(path, out var items) ? (IReadOnlyList<T>)items : [];

    /// <summary>Records where a list item or a value set directly came from.</summary>
    public void Note(string path, Source source) => _provenance.TryAdd(path, source);

    public void Report(string code, Severity severity, string field, string message) =>
        _findings.Add(new Finding { Code = code, Severity = severity, Field = field, Message = message });

    public IReadOnlyList<Finding> Findings => _findings;

    public IReadOnlyDictionary<string, Source> Provenance => _provenance;

    /// <summary>The agreed value of a field, or null when it was not read or the readings conflict.</summary>
    public T? Get<T>(Field<T> field)
        where T : struct => Resolve(field.Path) is T value ? value : null;

    public string? Text(Field<string> field) => Resolve(field.Path) as string;

    /// <summary>The fields under a prefix ("budget.bySource."), by the rest of their path, with agreed values.</summary>
    public IEnumerable<(string Key, T Value)> Under<T>(string prefix)
        where T : struct
    {
        foreach (var path in _fields.Keys.Where(path => path.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            if (Resolve(path) is T value)
            {
                yield return (path[prefix.Length..], value);
            }
        }
    }

    private object? Resolve(string path)
    {
        if (_resolved.TryGetValue(path, out var known))
        {
            return known;
        }

        object? result = null;
        if (_fields.TryGetValue(path, out var candidates))
        {
            var strongest = candidates.Max(candidate => candidate.Strength);
            var top = candidates.Where(candidate => candidate.Strength == strongest).ToList();
            var values = top.Select(candidate => candidate.Value).DistinctBy(Reading).ToList();
            if (values.Count == 1)
            {
                result = values[0];
                _provenance[path] = top[0].Source;
            }
            else
            {
                var readings = string.Join("；", top.DistinctBy(candidate => Reading(candidate.Value)).Select(candidate => $"第 {candidate.Source.Line} 行「{candidate.Source.Snippet}」读作 {Show(candidate.Value)}"));
                Report("JX-X001", Severity.Info, path, $"读到不一致的数值，未填写：{readings}");
            }
        }

        _resolved[path] = result;
        return result;
    }

    /// <summary>What a value reads: texts agree when they read the same, whatever script each was printed in (黃岡市 and 黃(huáng)岡市).</summary>
    private static object Reading(object value) => value is string text ? Script.Fold(text) : value;

    private static string Show(object value) => value switch
    {
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
