using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// The level definitions of one list instance, looked up once: its own overrides (w:lvlOverride) before its
/// abstract definition's.
/// </summary>
internal sealed class ListLevels
{
    /// <summary>Word's largest start value; a larger one is a hostile file, and would overflow as it counts.</summary>
    private const int MaxStart = 32767;

    private readonly Level?[] _levels = new Level?[ListNumbering.Levels];
    private readonly int?[] _startOverrides = new int?[ListNumbering.Levels];

    public ListLevels(NumberingInstance instance, AbstractNum definition)
    {
        foreach (var level in definition.Elements<Level>())
        {
            if (level.LevelIndex?.Value is >= 0 and < ListNumbering.Levels and var index)
            {
                _levels[index] ??= level;
            }
        }

        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is >= 0 and < ListNumbering.Levels and var index)
            {
                _levels[index] = levelOverride.Level ?? _levels[index];
                _startOverrides[index] = levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start ? Math.Clamp(start, 0, MaxStart) : null;
            }
        }
    }

    public Level? At(int index) => _levels[index];

    /// <summary>The level's start value (w:start, 0 when absent, as the standard says).</summary>
    public int Start(int index) => Math.Clamp(At(index)?.StartNumberingValue?.Val?.Value ?? 0, 0, MaxStart);

    public int? StartOverride(int index) => _startOverrides[index];

    /// <summary>
    /// Whether level <paramref name="lower"/> starts again when level <paramref name="used"/> (above it) is counted:
    /// always unless w:lvlRestart says 0 (never) or names a level (1-based) above which it restarts.
    /// </summary>
    public bool RestartsAfter(int lower, int used) => At(lower)?.LevelRestart?.Val?.Value switch
    {
        null => true,
        0 => false,
        var restart => used < restart,
    };

    /// <summary>The printed label of level <paramref name="at"/>: its lvlText with %1 … %9 replaced by the counters, each in its level's format.</summary>
    public ListLabel? Label(int at, int?[] counters)
    {
        if (At(at) is not { } level)
        {
            return null;
        }

        var template = level.LevelText?.Val?.Value ?? "";
        var separated = level.LevelSuffix?.Val?.InnerText is not "nothing";
        if (Format(level) == "bullet")
        {
            return template.Length > 0 ? new ListLabel("•", IsBullet: true, separated) : null;
        }

        var legal = level.IsLegalNumberingStyle is { } isLegal && (isLegal.Val is null || isLegal.Val.Value);
        var text = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var index = template[++i] - '1';
                var format = legal && index < at ? "decimal" : Format(At(index));
                text.Append(NumberFormats.Format(counters[index] ?? Start(index), format));
            }
            else
            {
                text.Append(template[i]);
            }
        }

        var label = text.ToString().Trim();
        return label.Length > 0 ? new ListLabel(label, IsBullet: false, separated) : null;
    }

    private static string Format(Level? level) => level?.NumberingFormat?.Val?.InnerText ?? "decimal";
}
