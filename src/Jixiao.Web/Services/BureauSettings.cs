using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// The frameworks and review rules in force: the built-in ones with the 管理员's uploads laid over them (web_settings).
/// Read from the database on each use, so that an upload on one instance holds on every instance at once.
/// </summary>
internal sealed class BureauSettings(WebDb web)
{
    public const string RulesKey = "rules";
    public const string FrameworkPrefix = "framework:";

    public async Task<FrameworkCatalog> Catalog(CancellationToken cancellation = default)
    {
        var catalog = FrameworkCatalog.BuiltIn;
        var stored = await web.Settings.Where(s => s.Key.StartsWith(FrameworkPrefix)).OrderBy(s => s.Key).ToListAsync(cancellation).ConfigureAwait(false);
        foreach (var setting in stored)
        {
            if (FrameworkCatalog.Parse(setting.Json).Value is { } framework)
            {
                catalog = catalog.With(framework);
            }
        }

        return catalog;
    }

    public async Task<CheckRules> Rules(CancellationToken cancellation = default)
    {
        var stored = await web.Settings.Where(s => s.Key == RulesKey).Select(s => s.Json).FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        return stored is not null && CheckRules.Parse(stored).Value is { } rules ? rules : CheckRules.BuiltIn;
    }

    /// <summary>Scored by its framework (or the first that fits) and reviewed: what the editor shows and what is saved.</summary>
    public async Task<(Evaluation Evaluation, Framework? Framework)> Prepare(Evaluation evaluation, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var catalog = await Catalog(cancellation).ConfigureAwait(false);
        var rules = await Rules(cancellation).ConfigureAwait(false);
        var framework = Render.RenderInput.ChooseFramework(catalog, evaluation);
        // Findings and computed values are the checker's to make: what came in with the evaluation is replaced.
        var bare = evaluation with { Findings = [], Computed = null };
        return (Render.RenderInput.Prepare(bare, framework, rules), framework);
    }

    public async Task Store(string key, string json, string author, long at, CancellationToken cancellation = default)
    {
        var existing = await web.Settings.FindAsync([key], cancellation).ConfigureAwait(false);
        if (existing is null)
        {
            web.Settings.Add(new StoredSetting(key, json, author, at));
        }
        else
        {
            existing.Replace(json, author, at);
        }

        await web.SaveChangesAsync(cancellation).ConfigureAwait(false);
    }
}
