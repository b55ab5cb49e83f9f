namespace Jixiao.Import.Text;

/// <summary>Bytes read as text: <see cref="Text"/> and the encoding found, or <see cref="Problem"/> saying why they are not text.</summary>
public sealed record DecodedText(string? Text, string Encoding, string? Problem);
