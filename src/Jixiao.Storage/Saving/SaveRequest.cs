namespace Jixiao.Storage.Saving;

/// <summary>
/// Who saves, why, and on which revision the change was made. <see cref="BasedOn"/> null means "on top of whatever is
/// newest" (an import); a number makes the save fail with a <see cref="SaveOutcome.Conflict"/> when another revision
/// was saved after it.
/// </summary>
internal sealed record SaveRequest(string Author, string Reason)
{
    public int? BasedOn { get; init; }

    /// <summary>The original document the evaluation was read from, stored once by its hash.</summary>
    public OriginalFile? File { get; init; }

    /// <summary>An import's rule: when a revision was already saved from this very file (by hash), store nothing.</summary>
    public bool SkipStoredFile { get; init; }
}
