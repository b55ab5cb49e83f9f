using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Domain.Interchange;

/// <summary>Writes an enum as a fixed name and reads it back, rejecting any other text with the names it accepts.</summary>
internal abstract class NamedEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _names;
    private readonly Dictionary<string, T> _values;

    protected NamedEnumConverter(IReadOnlyDictionary<T, string> names, IReadOnlyDictionary<string, T>? aliases = null)
    {
        _names = new Dictionary<T, string>(names);
        _values = names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        foreach (var (alias, value) in aliases ?? new Dictionary<string, T>())
        {
            _values[alias] = value;
        }
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && _values.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        throw new InterchangeReadException($"取值应为 {string.Join(" / ", _names.Values)} 之一");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_names[value]);
    }
}
