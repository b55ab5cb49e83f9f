using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Interchange;

/// <summary>
/// The interchange JSON (docs/interchange.md): camelCase names, amounts as exact JSON numbers
/// with their printed scale, absent values and empty lists omitted. Reading never throws on content.
/// </summary>
public static class InterchangeJson
{
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    public static ReadResult<Evaluation> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var parsed = Deserialize<Evaluation>(json);
        if (!parsed.Succeeded)
        {
            return parsed;
        }

        var errors = EvaluationValidator.Validate(parsed.Value!);
        return errors.Count == 0 ? parsed : new ReadResult<Evaluation>(errors);
    }

    public static string Write(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return JsonSerializer.Serialize(evaluation, Options) + "\n";
    }

    /// <summary>Deserializes any interchange type, turning the reader's complaints into one located error.</summary>
    internal static ReadResult<T> Deserialize<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) is { } value
                ? new ReadResult<T>(value)
                : new ReadResult<T>(new InputError("", "内容为空（null），应为一个 JSON 对象"));
        }
        catch (JsonException exception)
        {
            return new ReadResult<T>(Locate(exception));
        }
    }

    private static InputError Locate(JsonException exception)
    {
        var line = exception.LineNumber is { } number ? $"第 {number + 1} 行" : "";
        var path = exception.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : "";
        var place = string.Join(" ", new[] { line, path }.Where(part => part.Length > 0));
        return new InputError(place, Describe(exception));
    }

    /// <summary>The reader's English complaint, said in Chinese; our own converters already speak Chinese.</summary>
    private static string Describe(JsonException exception)
    {
        var text = exception.Message;
        return exception is InterchangeReadException ? text[..(text.IndexOf(" Path:", StringComparison.Ordinal) is var end and > 0 ? end : text.Length)]
            : text.Contains("could not be mapped", StringComparison.Ordinal) ? "没有这个字段（拼写错误？）"
            : text.Contains("could not be converted", StringComparison.Ordinal) && text.Contains("System.Decimal", StringComparison.Ordinal)
                ? "取值的类型不对或超出范围：应为一个数，如 1234.56（文字、列表，或 1e400 这样过大的数都不行）"
            : text.Contains("could not be converted", StringComparison.Ordinal) ? "取值的类型不对（数字、文本、列表或对象用错了）"
            : text.Contains("null value", StringComparison.Ordinal) ? "不能为 null"
            : text.Contains("Duplicate", StringComparison.Ordinal) ? "同一个字段出现了两次"
            : text.Contains("maximum configured depth", StringComparison.Ordinal) ? $"嵌套超过 {Options.MaxDepth} 层"
            : "JSON 语法错误（括号、引号或逗号不匹配）";
    }

    /// <summary>
    /// Rejects null items in the model's lists, which nullable annotations do not cover:
    /// a list of goals or indicators never holds a hole.
    /// </summary>
    private static void RejectNullItems(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (property.Set is { } set && property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.Set = (owner, value) =>
                {
                    var hole = (value as System.Collections.IList)?.IndexOf(null) ?? -1;
                    set(owner, hole < 0 ? value : throw new InterchangeReadException($"列表第 {hole + 1} 项为 null"));
                };
            }
        }
    }

    /// <summary>
    /// Leaves out the model's empty lists and maps: absent is not zero. A reader that found no goals has read
    /// none, which is not a document that sets none; written as [] it would claim the second. Reading an absent
    /// list gives an empty one. Only the evaluation's own types: in check rules an empty list is an instruction.
    /// </summary>
    private static void OmitEmptyCollections(JsonTypeInfo info)
    {
        if (info.Type.Namespace != typeof(Evaluation).Namespace)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = (_, value) => value is System.Collections.IEnumerable items && items.GetEnumerator().MoveNext();
            }
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            AllowDuplicateProperties = false,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            WriteIndented = true,
            MaxDepth = 32,
            // Chinese stays readable in the file; the output is never embedded in HTML as is.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RejectNullItems, OmitEmptyCollections } },
        };
        options.Converters.Add(new EvaluationKindConverter());
        options.Converters.Add(new SeverityConverter());
        options.Converters.Add(new ScoringMethodConverter());
        options.Converters.Add(new AchievementConverter());
        options.Converters.Add(new GradeConverter());
        options.MakeReadOnly();
        return options;
    }
}
