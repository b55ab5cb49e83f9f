using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jixiao.Tests;

/// <summary>
/// A port of /work/shared/tools/check-facts: compares an extracted report (interchange JSON) with a
/// facts file. Paths are dotted, with [i] for list items and [key=value] for the first item whose key
/// equals value; strings compare after NFKC with blanks ignored, numbers to 1e-9 (as decimals where
/// they fit), a numeric string matches that number, null means absent or null; {"contains"},
/// {"endsWith"}, {"count"}, {"sum"} and {"why"} (ignored) are operators; "findings" are matched by
/// field prefix and an optional text in the field or message; "noErrors" forbids error findings.
/// </summary>
internal static partial class FactsCheck
{
    private static readonly decimal s_tolerance = 0.000000001m;

    public static FactsCheckResult Run(string factsJson, string extractedJson)
    {
        var facts = JsonNode.Parse(factsJson);
        var document = JsonNode.Parse(extractedJson);
        var checks = new List<FactsCheckOutcome>();
        var wrong = 0;

        foreach (var fact in facts?["facts"] as JsonArray ?? [])
        {
            var path = fact![0]!.GetValue<string>();
            var expected = fact[1];
            var found = Resolve(document, path, out var node);
            var reason = Check(found, node, expected);
            var isWrong = reason is not null && found && node is not null;
            if (isWrong)
            {
                wrong++;
            }

            checks.Add(new FactsCheckOutcome(path, reason, isWrong));
        }

        var findings = (document as JsonObject)?["findings"] as JsonArray ?? [];
        foreach (var want in facts?["findings"] as JsonArray ?? [])
        {
            var prefix = want!["field"]!.GetValue<string>();
            var text = want["mentions"] is JsonValue mentions ? PyStr(mentions) : null;
            var hit = findings.OfType<JsonObject>().Any(finding =>
                FieldOf(finding).StartsWith(prefix, StringComparison.Ordinal)
                && (text is null || (FieldOf(finding) + " " + (finding.TryGetPropertyValue("message", out var message) ? PyStr(message) : ""))
                    .Contains(text, StringComparison.Ordinal)));
            var label = $"finding on {prefix}" + (string.IsNullOrEmpty(text) ? "" : $" mentioning {text}");
            checks.Add(new FactsCheckOutcome(label, hit ? null : "no such finding"));
        }

        if (IsTruthy(facts?["noErrors"]))
        {
            var errors = findings.OfType<JsonObject>()
                .Where(finding => finding["severity"] is JsonValue severity && severity.GetValueKind() == JsonValueKind.String && severity.GetValue<string>() == "error")
                .ToList();
            checks.Add(new FactsCheckOutcome("no error findings", errors.Count == 0 ? null : $"{errors.Count} error(s), first: {errors[0].ToJsonString()}"));
        }

        return new FactsCheckResult(checks, wrong);
    }

    /// <summary>Strings compare as a reader sees them: full-width forms folded (NFKC), blanks ignored.</summary>
    public static string Norm(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!IsPythonSpace(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    [GeneratedRegex(@"(?:[^.\[\]]+|\[[^\]]*\])+")]
    private static partial Regex Part();

    [GeneratedRegex(@"^([^\[\]]*)((?:\[[^\]]*\])*)\z")]
    private static partial Regex KeyAndSelectors();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Selector();

    [GeneratedRegex(@"^[+-]?(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?\z")]
    private static partial Regex PythonFloat();

    /// <summary>The node at <paramref name="path"/>; false when it is missing (a present JSON null is found, as null).</summary>
    private static bool Resolve(JsonNode? document, string path, out JsonNode? node)
    {
        node = document;
        foreach (Match part in Part().Matches(path))
        {
            var match = KeyAndSelectors().Match(part.Value);
            if (!match.Success)
            {
                return false;
            }

            var key = match.Groups[1].Value;
            if (key.Length > 0)
            {
                if (node is not JsonObject obj || !obj.TryGetPropertyValue(key, out node))
                {
                    return false;
                }
            }

            foreach (Match selector in Selector().Matches(match.Groups[2].Value))
            {
                if (node is not JsonArray list)
                {
                    return false;
                }

                var sel = selector.Groups[1].Value;
                if (sel.Length > 0 && sel.All(char.IsDigit))
                {
                    if (!int.TryParse(string.Concat(sel.Select(c => (char)('0' + (int)char.GetNumericValue(c)))), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                        || index >= list.Count)
                    {
                        return false;
                    }

                    node = list[index];
                }
                else
                {
                    var equals = sel.IndexOf('=', StringComparison.Ordinal);
                    var (k, v) = equals < 0 ? (sel, "") : (sel[..equals], sel[(equals + 1)..]);
                    var hit = list.OfType<JsonObject>().FirstOrDefault(item => Norm(item.TryGetPropertyValue(k, out var value) ? PyStr(value) : "None") == Norm(v));
                    if (hit is null)
                    {
                        return false;
                    }

                    node = hit;
                }
            }
        }

        return true;
    }

    /// <summary>Null when the expectation holds, else a short reason.</summary>
    private static string? Check(bool found, JsonNode? node, JsonNode? expected)
    {
        if (expected is null)
        {
            return !found || node is null ? null : $"expected nothing, got {Repr(node)}";
        }

        if (!found)
        {
            return "missing";
        }

        if (expected is JsonObject operators)
        {
            foreach (var (op, want) in operators)
            {
                var reason = op switch
                {
                    "contains" or "endsWith" => CheckText(op, node, want),
                    "count" or "sum" => CheckItems(op, node, want),
                    "why" => null,
                    _ => $"unknown operator {op}",
                };
                if (reason is not null)
                {
                    return reason;
                }
            }

            return null;
        }

        if (IsBool(expected) || IsBool(node))
        {
            return PyEquals(node, expected) ? null : $"{Repr(node)} != {Repr(expected)}";
        }

        if (Number(expected) is { } wantNumber)
        {
            return Number(node) is not { } got ? $"expected number {Repr(expected)}, got {Repr(node)}"
                : Close(got, wantNumber) ? null : $"{Repr(node)} != {Repr(expected)}";
        }

        if (Text(expected) is { } wantText && Text(node) is { } gotText)
        {
            return Norm(gotText) == Norm(wantText) ? null : $"{Repr(node)} != {Repr(expected)}";
        }

        if (Text(expected) is { } printed && Number(node) is { } stored)
        {
            // "50" printed, 50 stored.
            return ParseFloat(Norm(printed)) is { } parsed && Close(stored, parsed) ? null : $"{Repr(node)} != {Repr(expected)}";
        }

        return PyEquals(node, expected) ? null : $"{Repr(node)} != {Repr(expected)}";
    }

    private static string? CheckText(string op, JsonNode? node, JsonNode? want)
    {
        if (Text(node) is not { } text)
        {
            return $"expected text, got {Repr(node)}";
        }

        if (Text(want) is not { } wanted)
        {
            return $"{op} needs text, got {Repr(want)}";
        }

        var ok = op == "contains" ? Norm(text).Contains(Norm(wanted), StringComparison.Ordinal) : Norm(text).EndsWith(Norm(wanted), StringComparison.Ordinal);
        return ok ? null : $"{op} {Repr(want)} fails on {Repr(node)}";
    }

    private static string? CheckItems(string op, JsonNode? node, JsonNode? want)
    {
        IReadOnlyList<JsonNode?>? items = node switch
        {
            JsonArray list => [.. list],
            JsonObject obj => [.. obj.Select(pair => pair.Value)],
            _ => null,
        };
        if (items is null)
        {
            return $"expected a list or object, got {Repr(node)}";
        }

        if (op == "count")
        {
            return Number(want) is { } count && Close(new PyNumber(items.Count, items.Count), count, exact: true) ? null : $"count {items.Count} != {Repr(want)}";
        }

        var values = items.Select(item => Text(item) is { } text ? ParseFloat(text) : item is JsonValue ? Number(item) : null).ToList();
        if (values.Any(value => value is null))
        {
            return $"non-numeric items {Repr(node)}";
        }

        var total = Sum(values.Select(value => value!.Value));
        if (total.Exact is null && double.IsNaN(total.Approximate))
        {
            // Python's abs(nan - want) > 1e-9 is false: a NaN sum passes there, so it does here.
            return null;
        }

        return Number(want) is { } wanted && Close(total, wanted) ? null : $"sum {total.Exact?.ToString(CultureInfo.InvariantCulture) ?? FloatRepr(total.Approximate)} != {Repr(want)}";
    }

    private static PyNumber Sum(IEnumerable<PyNumber> values)
    {
        decimal? exact = 0m;
        var approximate = 0.0;
        foreach (var value in values)
        {
            approximate += value.Approximate;
            try
            {
                exact = exact is { } sum && value.Exact is { } item ? sum + item : null;
            }
            catch (OverflowException)
            {
                exact = null;
            }
        }

        return new PyNumber(exact, approximate);
    }

    private static bool Close(PyNumber got, PyNumber want, bool exact = false)
    {
        if (got.Exact is { } a && want.Exact is { } b)
        {
            try
            {
                return exact ? a == b : Math.Abs(a - b) <= s_tolerance;
            }
            catch (OverflowException)
            {
                // Beyond decimal: compare as Python does, in doubles.
            }
        }

        return exact ? got.Approximate == want.Approximate : Math.Abs(got.Approximate - want.Approximate) <= 1e-9;
    }

    /// <summary>A JSON number or boolean (Python's bool is an int), as a decimal where it fits and a double always.</summary>
    private static PyNumber? Number(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.True => new PyNumber(1m, 1.0),
            JsonValueKind.False => new PyNumber(0m, 0.0),
            JsonValueKind.Number => new PyNumber(value.TryGetValue<decimal>(out var d) ? d : null, value.GetValue<double>()),
            _ => null,
        };
    }

    /// <summary>What Python's float() makes of a string, or null where it raises ValueError.</summary>
    private static PyNumber? ParseFloat(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            ascii.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : IsPythonSpace(c) ? ' ' : c);
        }

        var trimmed = ascii.ToString().Trim(' ');
        var lower = trimmed.TrimStart('+', '-').ToUpperInvariant();
        if (lower is "INF" or "INFINITY" or "NAN" && trimmed.Length - lower.Length <= 1)
        {
            var special = lower == "NAN" ? double.NaN : trimmed.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
            return new PyNumber(null, special);
        }

        if (!PythonFloat().IsMatch(trimmed))
        {
            return null;
        }

        var plain = trimmed.Replace("_", "", StringComparison.Ordinal);
        return new PyNumber(
            decimal.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsBool(JsonNode? node) => node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    private static string FieldOf(JsonObject finding) => finding.TryGetPropertyValue("field", out var field) ? PyStr(field) : "";

    /// <summary>Python's ==: numbers (and booleans) by value, lists and objects item by item.</summary>
    private static bool PyEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (Number(a) is { } x && Number(b) is { } y)
        {
            return Close(x, y, exact: true);
        }

        return (a, b) switch
        {
            (JsonArray left, JsonArray right) => left.Count == right.Count && left.Zip(right).All(pair => PyEquals(pair.First, pair.Second)),
            (JsonObject left, JsonObject right) => left.Count == right.Count
                && left.All(pair => right.TryGetPropertyValue(pair.Key, out var other) && PyEquals(pair.Value, other)),
            _ => Text(a) is { } s && Text(b) is { } t && s == t,
        };
    }

    /// <summary>Python truthiness: null, false, 0, "", [] and {} are false.</summary>
    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray list => list.Count > 0,
        JsonObject obj => obj.Count > 0,
        _ when Text(node) is { } text => text.Length > 0,
        _ => Number(node) is { } number && number.Approximate != 0,
    };

    /// <summary>Python's str() of a JSON value, as json.load made it: None, True, 12, 12.0, text as is.</summary>
    private static string PyStr(JsonNode? node) => Text(node) ?? Repr(node);

    /// <summary>Python's repr() of a JSON value, as json.load made it.</summary>
    private static string Repr(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "None";
            case JsonArray list:
                return "[" + string.Join(", ", list.Select(Repr)) + "]";
            case JsonObject obj:
                return "{" + string.Join(", ", obj.Select(pair => QuoteRepr(pair.Key) + ": " + Repr(pair.Value))) + "}";
        }

        var value = (JsonValue)node;
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return QuoteRepr(value.GetValue<string>());
            case JsonValueKind.True:
                return "True";
            case JsonValueKind.False:
                return "False";
            case JsonValueKind.Number:
                var raw = value.ToJsonString();
                return raw.IndexOfAny(['.', 'e', 'E']) < 0
                    ? System.Numerics.BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
                    : FloatRepr(value.GetValue<double>());
            default:
                return value.ToJsonString();
        }
    }

    /// <summary>Python's repr of a float: shortest round trip, fixed from 1e-4 up to 1e16, else 1.5e-05 / 1e+16.</summary>
    private static string FloatRepr(double number)
    {
        if (double.IsNaN(number))
        {
            return "nan";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "inf" : "-inf";
        }

        var sign = number < 0 || (number == 0 && double.IsNegative(number)) ? "-" : "";
        var text = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        point -= leading;
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        var scientific = point - 1;
        if (scientific is < -4 or >= 16)
        {
            var tail = digits.Length > 1 ? "." + digits[1..] : "";
            return sign + digits[0] + tail + "e" + (scientific < 0 ? "-" : "+") + Math.Abs(scientific).ToString("00", CultureInfo.InvariantCulture);
        }

        if (point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        return point >= digits.Length
            ? sign + digits + new string('0', point - digits.Length) + ".0"
            : sign + digits[..point] + "." + digits[point..];
    }

    /// <summary>Python's repr of a string: single quotes unless it holds one and no double quote; escapes for what is not printable.</summary>
    private static string QuoteRepr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var result = new StringBuilder().Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            result.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + quote,
                _ when c == ' ' || IsPrintable(rune) => rune.ToString(),
                < 0x100 => string.Create(CultureInfo.InvariantCulture, $"\\x{c:x2}"),
                < 0x10000 => string.Create(CultureInfo.InvariantCulture, $"\\u{c:x4}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\U{c:x8}"),
            });
        }

        return result.Append(quote).ToString();
    }

    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);

    /// <summary>Python's \s and str.isspace: .NET's white space plus the separators \x1c–\x1f.</summary>
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    /// <summary>A number as Python holds it (a double) and, where it fits, exactly (a decimal), which comparisons prefer.</summary>
    private readonly record struct PyNumber(decimal? Exact, double Approximate);
}
