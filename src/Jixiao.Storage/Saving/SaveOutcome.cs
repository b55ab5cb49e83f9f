namespace Jixiao.Storage.Saving;

/// <summary>What a save did: a new revision, a conflict with a save made meanwhile, or a refusal of the evaluation.</summary>
internal abstract record SaveOutcome
{
    private SaveOutcome()
    {
    }

    /// <summary>Stored as revision <paramref name="Revision"/>.</summary>
    internal sealed record Saved(EvaluationKey Key, int Revision) : SaveOutcome;

    /// <summary>
    /// Nothing was stored: the save was based on revision <paramref name="BasedOn"/>, but <paramref name="Since"/> were
    /// saved after it. <paramref name="TheirChanges"/> are the field paths those revisions changed, <paramref name="YourChanges"/>
    /// those this save would have changed; both against <paramref name="BasedOn"/>.
    /// </summary>
    internal sealed record Conflict(
        EvaluationKey Key, int BasedOn, IReadOnlyList<RevisionInfo> Since, IReadOnlyList<string> TheirChanges, IReadOnlyList<string> YourChanges) : SaveOutcome;

    /// <summary>Nothing was stored: a revision was already saved from the same file (an import run again).</summary>
    internal sealed record AlreadyStored(string Sha256) : SaveOutcome;

    /// <summary>The evaluation cannot be stored as it is (no department, no year, an amount beyond range); nothing was stored.</summary>
    internal sealed record Refused(string Problem) : SaveOutcome;
}
