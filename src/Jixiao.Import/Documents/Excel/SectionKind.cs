namespace Jixiao.Import.Documents.Excel;

/// <summary>What one section of a number format shows.</summary>
internal enum SectionKind
{
    /// <summary>No digit placeholders and no date: only literal text ("-" for zero in accounting formats), or nothing.</summary>
    Literal,

    /// <summary>The number as General shows it, with the section's literal text around it.</summary>
    General,

    /// <summary>Digit placeholders: fixed places, percent, grouping, exponent.</summary>
    Number,

    /// <summary>Date or time parts.</summary>
    Date,

    /// <summary>The text placeholder @: for text, not numbers.</summary>
    Text,

    /// <summary>What this reader does not reproduce (conditions, elapsed time, Chinese numerals, fractions): shown as General.</summary>
    Unsupported,
}
