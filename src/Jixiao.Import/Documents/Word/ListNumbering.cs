using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Word's automatic numbering (numbering.xml), counted through the document as Word counts it: the printed
/// 「一、」「（二）」「3.」 is not in the text but computed from the list's level definitions. Lists that share an
/// abstract definition share their counters, unless a list instance restarts a level (startOverride); a level
/// restarts when a higher level advances (or as its lvlRestart says).
/// </summary>
internal sealed class ListNumbering
{
    public const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly Dictionary<int, (ListLevels Levels, AbstractNum Definition)?> _lists = [];
    private readonly HashSet<(int Instance, int Level)> _restarted = [];
    private readonly ParagraphStyles _styles;

    public ListNumbering(Numbering? numbering, ParagraphStyles styles)
    {
        _styles = styles;
        foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (definition.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, definition);
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>
    /// Counts a numbered paragraph and gives its label; null when the list prints nothing (numId 0, a level
    /// without text, an unknown list). <paramref name="styleId"/> finds the level of a list bound to a style.
    /// </summary>
    public ListLabel? Next(int instanceId, int? level, string? styleId)
    {
        if (List(instanceId) is not var (levels, definition))
        {
            return null;
        }

        var at = Math.Clamp(level ?? LevelOfStyle(definition, styleId) ?? 0, 0, Levels - 1);
        var counters = Counters(definition);
        if (levels.StartOverride(at) is { } restart && _restarted.Add((instanceId, at)))
        {
            counters[at] = restart - 1;
        }

        counters[at] = (counters[at] ?? levels.Start(at) - 1) + 1;
        for (var lower = at + 1; lower < Levels; lower++)
        {
            if (levels.RestartsAfter(lower, at))
            {
                counters[lower] = null;
            }
        }

        return levels.Label(at, counters);
    }

    private (ListLevels Levels, AbstractNum Definition)? List(int instanceId)
    {
        if (!_lists.TryGetValue(instanceId, out var list))
        {
            list = _instances.TryGetValue(instanceId, out var instance) && Definition(instance) is { } definition ? (new ListLevels(instance, definition), definition) : null;
            _lists[instanceId] = list;
        }

        return list;
    }

    /// <summary>The abstract definition of a list, through a numStyleLink to the style that holds it (one step, as Word writes them).</summary>
    private AbstractNum? Definition(NumberingInstance instance)
    {
        var definition = Abstract(instance);
        if (definition?.GetFirstChild<NumberingStyleLink>()?.Val?.Value is { } linkedStyle
            && _styles.Of(linkedStyle).NumberingId is { } linkedId && _instances.TryGetValue(linkedId, out var linked) && Abstract(linked) is { } target)
        {
            return target;
        }

        return definition;
    }

    private AbstractNum? Abstract(NumberingInstance instance) =>
        instance.AbstractNumId?.Val?.Value is { } id && _abstracts.TryGetValue(id, out var definition) ? definition : null;

    private int?[] Counters(AbstractNum definition)
    {
        var id = definition.AbstractNumberId!.Value;
        if (!_counters.TryGetValue(id, out var counters))
        {
            counters = new int?[Levels];
            _counters[id] = counters;
        }

        return counters;
    }

    private static int? LevelOfStyle(AbstractNum definition, string? styleId) =>
        styleId is null ? null : definition.Elements<Level>().FirstOrDefault(level => level.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value;
}
