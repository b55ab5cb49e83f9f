using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Render.Docx;

/// <summary>
/// The fonts official documents name. Each is named as a Chinese Word install has it, with a free CJK font as the
/// font table's alternative (what Word substitutes, and what fontconfig aliases make LibreOffice use on Linux).
/// 方正小标宋简体 is on government machines, not in a stock Windows: its alternative there is 宋体.
/// </summary>
internal static class DocxFonts
{
    public const string Title = "方正小标宋简体";
    public const string HeiTi = "黑体";
    public const string KaiTi = "楷体";
    public const string FangSong = "仿宋";
    public const string SongTi = "宋体";

    /// <summary>Latin letters and digits in body text.</summary>
    public const string Latin = "Times New Roman";

    private static readonly (string Name, string Alternative, string Family)[] s_table =
    [
        (Title, SongTi, "roman"), (HeiTi, "Noto Sans CJK SC", "modern"), (KaiTi, "Noto Serif CJK SC", "script"),
        (FangSong, "Noto Serif CJK SC", "modern"), (SongTi, "Noto Serif CJK SC", "auto"), (Latin, "Liberation Serif", "roman"),
    ];

    public static Fonts Table() => new(s_table.Select(font => new Font(
        new AltName { Val = font.Alternative },
        new FontCharSet { Val = font.Name == Latin ? "00" : "86" },
        new FontFamily { Val = font.Family switch
        {
            "roman" => FontFamilyValues.Roman,
            "modern" => FontFamilyValues.Modern,
            "script" => FontFamilyValues.Script,
            _ => FontFamilyValues.Auto,
        } },
        new Pitch { Val = FontPitchValues.Variable })
    { Name = font.Name }));

    public static RunFonts Run(string eastAsia) => new() { Ascii = Latin, HighAnsi = Latin, EastAsia = eastAsia, ComplexScript = Latin };
}
