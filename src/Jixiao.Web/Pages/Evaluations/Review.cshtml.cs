using System.Text.Json.Nodes;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Storage.Saving;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>
/// The extraction review: every value read from the upload beside its source (the snippet, the page, the table cell or
/// line), to confirm or correct; saving stores the corrected evaluation with the original file as a new revision.
/// </summary>
public sealed class ReviewModel : JixiaoPage
{
    internal Upload Upload { get; private set; } = null!;

    internal Evaluation Extracted { get; private set; } = new();

    internal JsonObject Json { get; private set; } = [];

    internal IReadOnlyList<(string Path, string Name, string Kind, string Value, Source Source)> Values { get; private set; } = [];

    internal IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, long uploadId) =>
        await Require(id, Need.Edit).ConfigureAwait(false) ?? await Load(uploadId).ConfigureAwait(false) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, long uploadId)
    {
        if ((await Require(id, Need.Edit).ConfigureAwait(false) ?? await Load(uploadId).ConfigureAwait(false)) is { } stop)
        {
            return stop;
        }

        var json = JsonNode.Parse(Upload.Json)!.AsObject();
        var problems = JsonFields.Apply(json, Request.Form.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value.ToString())));
        var read = InterchangeJson.Read(json.ToJsonString());
        if (problems.Count == 0 && read.Value is { } reviewed)
        {
            var outcome = await Bureau.Confirm(Viewer, Facts, Upload, reviewed, Settings, Aborted).ConfigureAwait(false);
            if (outcome is SaveOutcome.Saved)
            {
                return Redirect($"/Evaluations/{id}");
            }

            problems = [outcome is SaveOutcome.Refused refused ? refused.Problem : "保存时发现他人已保存了新版本，请返回重新上传"];
        }

        Problems = [.. problems, .. read.Errors.Select(e => e.ToString())];
        return Page();
    }

    private async Task<IActionResult?> Load(long uploadId)
    {
        var upload = await Bureau.FindUpload(Viewer, Facts, uploadId, Aborted).ConfigureAwait(false);
        if (upload is null)
        {
            return NotFound();
        }

        Upload = upload;
        Json = JsonNode.Parse(upload.Json)!.AsObject();
        Extracted = InterchangeJson.Read(upload.Json).Value ?? new Evaluation();
        Values = [.. (Extracted.Provenance ?? new Dictionary<string, Source>())
            .Select(pair => (pair.Key, Node: JsonFields.Get(Json, pair.Key), pair.Value))
            .Where(item => item.Node is JsonValue && JsonFields.IsPath(item.Key) && item.Key is not ("department" or "year" or "kind"))
            .Select(item => (item.Key, Render.Review.FieldNames.Of(item.Key, Extracted),
                item.Node!.GetValueKind() == System.Text.Json.JsonValueKind.Number ? "n" : "t",
                item.Node.GetValueKind() == System.Text.Json.JsonValueKind.String ? item.Node.GetValue<string>() : item.Node.ToJsonString(), item.Value))
            .OrderBy(item => item.Value.Page ?? 0).ThenBy(item => item.Value.Line).ThenBy(item => item.Key, StringComparer.Ordinal)];
        return null;
    }
}
