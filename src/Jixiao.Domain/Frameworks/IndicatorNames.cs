namespace Jixiao.Domain.Frameworks;

/// <summary>
/// How a printed level name is compared with a framework's names and aliases. Forms print the same level in ways
/// that differ only in form: 「产出指标(50分)」, 「产出 指标」 and 「产出」 are one level; so are 「社会效益指标」 and
/// 「社会效益」. What differs in wording (「服务对象满意度指标等」, 管理效能 for 管理效率) is data: the aliases.
/// </summary>
internal static class IndicatorNames
{
    private const string Suffix = "指标";

    private static readonly string[] s_weightWords = ["分值", "权重"];

    /// <summary>
    /// The key two names are compared by: without white space, without a trailing weight in brackets
    /// (「(50分)」, 「（30 分）」, 「（分值：10分）」, 「(40%)」), and without a trailing 「指标」 unless that is all there is.
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        key = WithoutWeight(key);
        return key.Length > Suffix.Length && key.EndsWith(Suffix, StringComparison.Ordinal) ? key[..^Suffix.Length] : key;
    }

    /// <summary>The name without a last bracket that holds a weight only: 分值 or 权重 and a colon at most, a number, then 分 or %.</summary>
    private static string WithoutWeight(string name)
    {
        if (name.Length == 0 || name[^1] is not (')' or '）'))
        {
            return name;
        }

        var open = name.LastIndexOfAny(['(', '（']);
        if (open <= 0)
        {
            return name;
        }

        var inside = name.AsSpan(open + 1, name.Length - open - 2);
        foreach (var word in s_weightWords)
        {
            if (inside.StartsWith(word, StringComparison.Ordinal))
            {
                inside = inside[word.Length..];
                break;
            }
        }

        inside = inside.TrimStart(":：");
        inside = inside.TrimEnd("分%％");
        var digits = 0;
        var points = 0;
        foreach (var c in inside)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            points += c == '.' ? 1 : 0;
        }

        var isNumber = digits > 0 && digits + points == inside.Length && points <= 1 && inside[0] != '.' && inside[^1] != '.';
        return isNumber ? name[..open] : name;
    }
}
