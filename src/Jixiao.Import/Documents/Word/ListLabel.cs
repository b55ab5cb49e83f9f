namespace Jixiao.Import.Documents.Word;

/// <summary>
/// The label Word prints before a list paragraph: 「一、」「（2）」 or a bullet; <see cref="Separated"/> when a tab or a
/// space (w:suff) stands between it and the text.
/// </summary>
internal sealed record ListLabel(string Text, bool IsBullet, bool Separated);
