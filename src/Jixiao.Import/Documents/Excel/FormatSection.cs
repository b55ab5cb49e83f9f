namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// One section of a number format (formats have up to four, for positive; negative; zero; text), as far as
/// showing the number needs it: literal text before and after the digits, places, percent, grouping, scaling,
/// exponent, or date parts. Currency signs, colours, padding (_x) and fill (*x) are left out.
/// </summary>
internal sealed partial class FormatSection
{
    public SectionKind Kind { get; private set; } = SectionKind.Literal;

    public string Prefix { get; private set; } = "";

    public string Suffix { get; private set; } = "";

    /// <summary>Zeros before the point: the fewest integer digits shown.</summary>
    public int IntegerDigits { get; private set; }

    /// <summary>All digit placeholders before the point (an exponent format with more than one is an engineering format).</summary>
    public int IntegerPlaceholders { get; private set; }

    /// <summary>Digit placeholders after the point: the places the number is rounded to.</summary>
    public int Places { get; private set; }

    /// <summary>Zeros after the point: places shown even when they are trailing zeros.</summary>
    public int RequiredPlaces { get; private set; }

    public bool Grouping { get; private set; }

    /// <summary>How many % signs: each multiplies by 100.</summary>
    public int Percents { get; private set; }

    /// <summary>Commas after the last digit placeholder: each divides by 1000.</summary>
    public int ThousandsScale { get; private set; }

    /// <summary>Digits of the exponent (0.00E+00 has 2); 0 when the format has no exponent.</summary>
    public int ExponentDigits { get; private set; }

    /// <summary>E+ shows the exponent's sign when positive too; E- only when negative.</summary>
    public bool ExponentPlus { get; private set; }

    public DateParts Date { get; private set; }

    public bool HasDigits => Kind is SectionKind.Number or SectionKind.General or SectionKind.Date;

    /// <summary>Whether a zero shows a digit here: 0.00 does, #,### and ?? do not.</summary>
    public bool ShowsZero => Kind != SectionKind.Number || IntegerDigits + RequiredPlaces > 0;
}
