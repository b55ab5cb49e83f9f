using System.Globalization;
using Jixiao.Storage.Saving;

namespace Jixiao.Storage.Tests;

/// <summary>What must hold in any database Jixiao leaves behind, however its last process ended; each broken rule is one line.</summary>
internal static class Consistency
{
    public static IReadOnlyList<string> Problems(JixiaoStore store)
    {
        using var db = store.NewDb();
        var problems = new List<string>();
        var revisions = db.Revisions.Select(r => new { r.Id, r.EvaluationId, r.Number, r.FileId, Findings = r.Errors + r.Warnings + r.Notes }).ToList();
        foreach (var evaluation in db.Evaluations.ToList())
        {
            var numbers = revisions.Where(r => r.EvaluationId == evaluation.Id).Select(r => r.Number).Order().ToList();
            if (!numbers.SequenceEqual(Enumerable.Range(1, evaluation.CurrentRevision)))
            {
                problems.Add($"evaluation {evaluation.Id}: current revision {evaluation.CurrentRevision}, revisions {string.Join(",", numbers)}");
            }
        }

        var findings = db.Findings.GroupBy(f => f.RevisionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count);
        problems.AddRange(revisions.Where(r => findings.GetValueOrDefault(r.Id) != r.Findings)
            .Select(r => $"revision {r.Id}: {r.Findings} findings counted, {findings.GetValueOrDefault(r.Id)} stored"));
        foreach (var file in db.Files.ToList())
        {
            if (OriginalFile.Hash(file.Content) != file.Sha256 || file.Length != file.Content.LongLength)
            {
                problems.Add($"file {file.Id} ({file.Name}): content does not match its hash or length");
            }
        }

        var saves = db.Audit.Count(a => a.Action == "save");
        if (saves != revisions.Count)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{revisions.Count} revisions but {saves} saves in the audit log"));
        }

        var duplicates = revisions.Where(r => r.FileId != null).GroupBy(r => r.FileId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        problems.AddRange(duplicates.Select(id => $"file {id} imported into more than one revision"));
        return problems;
    }
}
