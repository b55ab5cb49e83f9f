using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Model;

namespace Jixiao.Import.Forms;

/// <summary>
/// One printed form, described as data (Forms/Data/*.json): its titles, the labels of its single-value fields, its
/// budget grid and its indicator table, each label with the synonyms provinces print. A province's variant is a new
/// file, not new code; <see cref="FormReader"/> reads any of them from whatever stream of cells a document yields.
/// </summary>
internal sealed record FormSpec
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public EvaluationKind Kind { get; init; }

    /// <summary>Title words that open the form (「项目支出绩效自评表」); the form runs to the next title.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>
    /// Patterns of a report's own title that open the form's fields too (「……项目支出绩效自评报告」 with 项目名称、主管部门 and
    /// 实施单位 printed under it); looked for only at the top of a document, where a title stands.
    /// </summary>
    public IReadOnlyList<string> TitlePatterns { get; init; } = [];

    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    public GridSpec? Budget { get; init; }

    public LabelsSpec? Goals { get; init; }

    public IndicatorSpec? Indicators { get; init; }

    /// <summary>Labels that end whatever was being read (「评价结论」「项目负责人」).</summary>
    public IReadOnlyList<string> Stops { get; init; } = [];

    // Declared before BuiltIn: static fields are initialized in the order they are written.
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The forms Jixiao knows, loaded once from the embedded data files.</summary>
    public static IReadOnlyList<FormSpec> BuiltIn { get; } = Load();

    /// <summary>Reads a form description; a malformed file is a build error of ours, so it throws.</summary>
    public static FormSpec Parse(string json) =>
        JsonSerializer.Deserialize<FormSpec>(json, s_json) ?? throw new InvalidDataException("empty form description");

    private static List<FormSpec> Load()
    {
        var assembly = typeof(FormSpec).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith("Jixiao.Forms.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name => Parse(Read(assembly, name))),
        ];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A label followed by its one value: 「项目名称 | 义务教育……」, 「基本支出：900.47」.</summary>
internal sealed record FieldSpec
{
    /// <summary>The interchange path the value fills (「project.name」「department」「budget.basic」).</summary>
    public required string Field { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The value names an organization: run-together text after its name (「……中心年度预算申请」) is cut off.</summary>
    public bool Organization { get; init; }

    /// <summary>The value is one amount in the form's unit.</summary>
    public bool Amount { get; init; }

    /// <summary>A weaker reading, for labels other documents also use for other things (「单位名称」 of a project form).</summary>
    public bool Weak { get; init; }
}

/// <summary>A grid of amounts: a header of columns, then rows that each start with their label.</summary>
internal sealed record GridSpec
{
    public IReadOnlyList<string> Titles { get; init; } = [];

    public IReadOnlyList<ColumnSpec> Columns { get; init; } = [];

    public IReadOnlyList<RowSpec> Rows { get; init; } = [];
}

internal sealed record ColumnSpec
{
    public required string Column { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];
}

internal sealed record RowSpec
{
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The row of the whole budget (年度资金总额).</summary>
    public bool Total { get; init; }

    /// <summary>The funding source this row is one part of (当年财政拨款, 上年结转资金 …).</summary>
    public string? Source { get; init; }
}

internal sealed record LabelsSpec
{
    public IReadOnlyList<string> Labels { get; init; } = [];
}

/// <summary>The indicator table: 一级 / 二级 / 三级指标, then the value columns in the order the header prints them.</summary>
internal sealed record IndicatorSpec
{
    public IReadOnlyList<string> Titles { get; init; } = [];

    public IReadOnlyList<string> Level1 { get; init; } = [];

    public IReadOnlyList<string> Level2 { get; init; } = [];

    public IReadOnlyList<ColumnSpec> Columns { get; init; } = [];

    /// <summary>Template rows left in the form (「指标2」「……」), and template labels glued to names (「指标1工程完工率」).</summary>
    public IReadOnlyList<string> Placeholders { get; init; } = [];

    public IReadOnlyList<string> Total { get; init; } = [];

    public IReadOnlyList<string> Grade { get; init; } = [];
}
