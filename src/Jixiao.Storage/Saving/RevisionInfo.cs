namespace Jixiao.Storage.Saving;

/// <summary>A revision's number, who saved it, when and why, and the file it came from.</summary>
internal sealed record RevisionInfo(int Number, string Author, DateTimeOffset At, string Reason, string? FileName, string? FileSha256);
