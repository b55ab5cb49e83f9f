using Jixiao.Storage.Saving;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>The difference between two revisions: each changed field with its value before and after.</summary>
public sealed class DiffModel : JixiaoPage
{
    internal int From { get; private set; }

    internal int To { get; private set; }

    internal IReadOnlyList<(string Path, string Name, string Before, string After)> Changes { get; private set; } = [];

    internal IReadOnlyList<RevisionInfo> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, int? from, int? to)
    {
        if (await Require(id, Need.Read).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        (From, To) = (from ?? Math.Max(1, Facts.Revision - 1), to ?? Facts.Revision);
        History = Bureau.History(id);
        var before = await Bureau.RevisionJson(id, From, Aborted).ConfigureAwait(false);
        var after = await Bureau.RevisionJson(id, To, Aborted).ConfigureAwait(false);
        if (before is null || after is null)
        {
            return NotFound();
        }

        var evaluation = Domain.Interchange.InterchangeJson.Read(after).Value ?? new Domain.Model.Evaluation();
        var (left, right) = (System.Text.Json.Nodes.JsonNode.Parse(before), System.Text.Json.Nodes.JsonNode.Parse(after));
        Changes = [.. JsonDiff.Paths(before, after)
            .Where(path => !path.StartsWith("computed", StringComparison.Ordinal) && !path.StartsWith("findings", StringComparison.Ordinal) && !path.StartsWith("provenance", StringComparison.Ordinal))
            .Select(path => (path, path == "…" ? "" : Render.Review.FieldNames.Of(path, evaluation), Text(JsonFields.Get(left, path)), Text(JsonFields.Get(right, path))))];
        return Page();
    }

    private static string Text(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        null => "（无）",
        System.Text.Json.Nodes.JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
    };
}
