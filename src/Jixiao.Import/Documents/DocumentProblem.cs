namespace Jixiao.Import.Documents;

/// <summary>
/// A document that cannot be read (encrypted, scanned without text, corrupt, over a limit), with a message
/// a user can act on. Readers throw it; <see cref="DocumentImporter"/> turns it into a failed result.
/// </summary>
internal sealed class DocumentProblem(string message) : Exception(message);
