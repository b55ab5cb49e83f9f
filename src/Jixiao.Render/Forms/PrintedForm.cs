using System.Text.Json;

namespace Jixiao.Render.Forms;

/// <summary>
/// What a form prints, taken from the extractor's description of the same form (src/Jixiao.Import/Forms/Data, embedded
/// here as well): the first label of each field, column and row is the one the form prints, the others are the variants
/// provinces print, which only the reader needs. One description of the form, read by the extractor and written here;
/// a budget row marked <c>"print": false</c> is a variant the reader knows and the form does not print.
/// </summary>
internal sealed class PrintedForm
{
    /// <summary>The Ministry's 项目支出绩效自评表 (national-project.json).</summary>
    public static PrintedForm Project { get; } = Load("national-project.json");

    private readonly JsonElement _root;

    private PrintedForm(JsonElement root) => _root = root;

    /// <summary>The form's title (项目支出绩效自评表).</summary>
    public string Title => Printed(_root, "titles");

    /// <summary>The label printed before a single-value field (project.name → 项目名称).</summary>
    public string Field(string path) => Printed(_root.GetProperty("fields").EnumerateArray()
        .First(field => field.GetProperty("field").GetString() == path && !(field.TryGetProperty("weak", out var weak) && weak.GetBoolean())));

    /// <summary>The budget grid's title (项目资金).</summary>
    public string BudgetTitle => Printed(_root.GetProperty("budget"), "titles");

    /// <summary>A budget column's heading (initial → 年初预算数).</summary>
    public string BudgetColumn(string column) => Column(_root.GetProperty("budget"), column);

    /// <summary>The budget's rows as printed: the total first, then each source with the 资金来源 name the extractor files it under.</summary>
    public IReadOnlyList<(string Label, string? Source)> BudgetRows => [.. _root.GetProperty("budget").GetProperty("rows").EnumerateArray()
        .Where(row => !(row.TryGetProperty("print", out var print) && !print.GetBoolean()))
        .Select(row => (Printed(row), row.TryGetProperty("source", out var source) ? source.GetString() : null))];

    /// <summary>An indicator column's heading (target → 年度指标值).</summary>
    public string IndicatorColumn(string column) => Column(_root.GetProperty("indicators"), column);

    /// <summary>The goal's label (年度总体目标).</summary>
    public string Goals => Printed(_root.GetProperty("goals"));

    /// <summary>The total's and the grade's labels under the indicators (总分, 自评等级).</summary>
    public string Total => Printed(_root.GetProperty("indicators"), "total");

    public string Grade => Printed(_root.GetProperty("indicators"), "grade");

    private static string Column(JsonElement grid, string column) =>
        Printed(grid.GetProperty("columns").EnumerateArray().First(found => found.GetProperty("column").GetString() == column));

    /// <summary>The first label, in the full-width punctuation a form prints (the description keeps labels as the reader folds them).</summary>
    private static string Printed(JsonElement element, string property = "labels") =>
        element.GetProperty(property)[0].GetString()!.Replace(':', '：').Replace('(', '（').Replace(')', '）');

    private static PrintedForm Load(string name)
    {
        using var stream = typeof(PrintedForm).Assembly.GetManifestResourceStream("Jixiao.Render.Forms." + name)
            ?? throw new InvalidOperationException($"form description {name} is not embedded");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return new PrintedForm(document.RootElement.Clone());
    }
}
