using System.Text.Json.Nodes;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Storage.Saving;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>
/// The editor: budget, goals, tasks and their indicators, key projects, the indicator scores and the narrative, as
/// one form of field paths (<see cref="JsonFields"/>). Saving works without a script; the page's script posts the
/// same form to <see cref="OnPostCheckAsync"/> as the user types, and shows the recomputed scores and findings.
/// </summary>
public sealed class EditModel : JixiaoPage
{
    internal JsonObject Json { get; private set; } = [];

    internal Evaluation Evaluation { get; private set; } = new();

    internal IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await Require(id, Need.Edit).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        var json = await Bureau.RevisionJson(id, Facts.Revision, Aborted).ConfigureAwait(false) ?? "{}";
        Json = JsonNode.Parse(json)!.AsObject();
        Evaluation = InterchangeJson.Read(json).Value ?? new Evaluation();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, int basedOn, string? reason)
    {
        if (await Require(id, Need.Edit).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        var (edited, problems) = await Edited(basedOn).ConfigureAwait(false);
        if (edited is not null && problems.Count == 0)
        {
            var outcome = await Bureau.Save(Viewer, Facts, edited, Settings, basedOn, string.IsNullOrWhiteSpace(reason) ? "在线编辑" : reason, null, Aborted).ConfigureAwait(false);
            if (outcome is SaveOutcome.Saved)
            {
                return Redirect($"/Evaluations/{id}");
            }

            problems = [Describe(outcome)];
        }

        Problems = problems;
        Evaluation = edited ?? Evaluation;
        return Page();
    }

    /// <summary>The form applied, scored and reviewed, not saved: what the script shows as the user types.</summary>
    public async Task<IActionResult> OnPostCheckAsync(long id, int basedOn)
    {
        if (await Require(id, Need.Read).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        var (edited, problems) = await Edited(basedOn).ConfigureAwait(false);
        if (edited is null)
        {
            return new JsonResult(new { problems });
        }

        var (scored, _) = await Settings.Prepare(edited, Aborted).ConfigureAwait(false);
        return new JsonResult(new
        {
            problems,
            total = scored.Score?.Total,
            grade = scored.Score?.Grade is { } g ? Domain.Numbers.GradeNames.ToChinese(g) : null,
            computedTotal = scored.Computed?.Score?.Total,
            computedGrade = scored.Computed?.Score?.Grade is { } cg ? Domain.Numbers.GradeNames.ToChinese(cg) : null,
            executionRate = scored.Computed?.Budget?.ExecutionRate,
            findings = scored.Findings.Select(f => new { severity = f.Severity.ToString().ToLowerInvariant(), f.Code, f.Field, f.Message }),
        });
    }

    /// <summary>The revision the form was based on, with the form's fields applied; or the problems.</summary>
    private async Task<(Evaluation?, IReadOnlyList<string>)> Edited(int basedOn)
    {
        var json = await Bureau.RevisionJson(Facts.Id, basedOn, Aborted).ConfigureAwait(false);
        if (json is null)
        {
            return (null, [$"没有第 {basedOn} 版"]);
        }

        Json = JsonNode.Parse(json)!.AsObject();
        Json.Remove("findings");
        Json.Remove("computed");
        var problems = JsonFields.Apply(Json, Request.Form.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value.ToString())));
        var read = InterchangeJson.Read(Json.ToJsonString());
        return read.Value is { } evaluation
            ? (evaluation, problems)
            : (null, [.. problems, .. read.Errors.Select(e => e.ToString())]);
    }

    private static string Describe(SaveOutcome outcome) => outcome switch
    {
        SaveOutcome.Conflict conflict => $"未保存：您编辑的是第 {conflict.BasedOn} 版，之后已有 " +
            string.Join("、", conflict.Since.Select(s => $"第 {s.Number} 版（{s.Author}，{s.Reason}）")) + $"。他人改动了 {string.Join("、", conflict.TheirChanges)}。请打开最新版重做您的修改。",
        SaveOutcome.Refused refused => "未保存：" + refused.Problem,
        _ => "未保存",
    };
}
