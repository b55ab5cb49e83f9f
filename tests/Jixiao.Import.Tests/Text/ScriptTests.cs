using System.Text;
using Jixiao.Import.Text;

namespace Jixiao.Import.Tests.Text;

/// <summary>Script.Fold: radicals, traditional characters and inserted pinyin read as the simplified text they stand for.</summary>
public sealed class ScriptTests
{
    public static TheoryData<string, string> Folded() => new()
    {
        // Kangxi radicals, as Chromium's print-to-PDF writes them (NFKC would fold these too).
        { "⼀级指标", "一级指标" },
        { "⾼质量发展", "高质量发展" },
        { "建⽴健全", "建立健全" },
        // CJK Radicals Supplement: NFKC leaves these; ⻔ is the simplified 门, ⻓ the simplified 长.
        { "部⻔整体⽀出", "部门整体支出" },
        { "⻓效机制", "长效机制" },
        // A Kangxi radical of a traditional form reads as the simplified ideograph: ⾨ → 門 → 门.
        { "部⾨", "部门" },
        // Traditional characters.
        { "萬元", "万元" },
        { "預算執行率", "预算执行率" },
        { "項目支出績效自評表", "项目支出绩效自评表" },
        { "監測", "监测" },
        { "結轉結餘", "结转结余" },
        { "年初預算數（萬元）", "年初预算数（万元）" },
        // OpenCC's default for a character with two readings: 於 is 于 (关於 in titles, 不低於 in targets).
        { "關於", "关于" },
        { "不低於95%", "不低于95%" },
        // Inserted pinyin, with tone marks, tone digits, full-width parentheses, combining marks, and the pinyin font's ɡ.
        { "監(jiān)測數(shù)據(jù)", "监测数据" },
        { "項(xiàng)目", "项目" },
        { "財(cái)政", "财政" },
        { "預(yù)算執(zhí)行率", "预算执行率" },
        { "项(xiang4)目", "项目" },
        { "财（cái）政", "财政" },
        { "财(ca\u0301i)政", "财政" },
        { "国(ɡuó)家", "国家" },
        { "绿(lǜ)化", "绿化" },
        { "嗯(ń)", "嗯" },
        { "萬(wàn)元", "万元" },
    };

    public static TheoryData<string> Unchanged() =>
    [
        // Simplified text is returned as it is.
        "部门整体支出绩效自评报告",
        // Parentheses after a label hold units and names, not pinyin: no tone, not a syllable, or not lowercase.
        "预算数(A)",
        "执行率(B/A)",
        "道路长度(km)",
        "面积(ha)",
        "重量(kg)",
        "得分(20分*执行率)",
        "单位(万元)",
        // Pinyin-like text that does not follow a Chinese character, or is not one syllable with one tone.
        "(jiān)",
        "ABC(jiān)",
        "2023(jiān)",
        "监 (jiān)",
        "监(jiānn)",
        "监(jiān",
        "监(jiāné)",
        "监(jian45)",
        "监(jian4a)",
        "监(jián4)",
        "监()",
        // A character OpenCC never converts stays: 著 of 显著, 么.
        "显著",
        "什么",
    ];

    [Theory]
    [MemberData(nameof(Folded))]
    public void Fold_DamagedText_ReadsSimplified(string text, string expected) => Assert.Equal(expected, Script.Fold(text));

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void Fold_NothingToFold_SameText(string text) => Assert.Equal(text, Script.Fold(text));

    [Fact]
    public void Fold_SimplifiedText_SameInstance()
    {
        const string text = "一、部门基本情况（一）部门职能";

        Assert.Same(text, Script.Fold(text));
    }

    [Fact]
    public void Fold_EveryRadical_ReadsAsAnIdeographOrItself()
    {
        for (var c = '\u2E80'; c <= '\u2FDF'; c++)
        {
            var folded = Script.Simplified(c);
            Assert.True(folded == c || folded is >= '\u3400' and <= '\u9FFF', $"U+{(int)c:X4} reads as U+{(int)folded:X4}");
        }

        // Every Kangxi radical has an ideograph; NFKC names the same one (before the traditional fold).
        for (var c = '\u2F00'; c <= '\u2FD5'; c++)
        {
            Assert.Equal(c.ToString().Normalize(NormalizationForm.FormKC), Script.Ideograph(c).ToString());
        }
    }

    [Fact]
    public void Simplified_EveryCharacter_FoldsOnceForAll()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var once = Script.Simplified((char)c);
            Assert.True(Script.Simplified(once) == once, $"U+{c:X4} → U+{(int)once:X4} → U+{(int)Script.Simplified(once):X4}");
        }
    }

    [Fact]
    public void Fold_HostileParentheses_LinearAndExact()
    {
        // Every parenthesis follows a Chinese character and opens something pinyin-like that never closes in time.
        var text = string.Concat(Enumerable.Repeat("監(jiānjiānjiān", 200_000));
        var expected = string.Concat(Enumerable.Repeat("监(jiānjiānjiān", 200_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var folded = Script.Fold(text);

        Assert.Equal(expected, folded);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed} for {text.Length} characters");
    }

    [Fact]
    public void AnnotationLength_AfterACharacter_CoversTheParentheses()
    {
        Assert.Equal("(jiān)".Length, Script.AnnotationLength("監(jiān)測", 1));
        Assert.Equal(0, Script.AnnotationLength("監(jiān)測", 0));
        Assert.Equal(0, Script.AnnotationLength("監(jiān)測", 2));
    }
}
