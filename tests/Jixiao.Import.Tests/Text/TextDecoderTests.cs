using System.Text;
using Jixiao.Import.Text;

namespace Jixiao.Import.Tests.Text;

/// <summary>TextDecoder: the encodings Chinese reports come in, and what is refused as not text.</summary>
public sealed class TextDecoderTests
{
    private const string Sample = "青河县司法局2025年度部门整体支出绩效自评报告\n预算执行率 97.18%（全年执行数 1,250.12 万元）\n";

    private static readonly Encoding s_gb18030 = GetGb18030();

    public static TheoryData<string, byte[], string> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample), "UTF-8" },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], "UTF-8" },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)], "UTF-16" },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)], "UTF-16" },
        { "GB18030", s_gb18030.GetBytes(Sample), "GB18030" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_KnownEncoding_GivesTheTextWithoutBom(string name, byte[] bytes, string encoding)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.True(decoded.Problem is null, $"{name}: {decoded.Problem}");
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Fact]
    public void Decode_Empty_GivesEmptyUtf8Text()
    {
        var decoded = TextDecoder.Decode([]);

        Assert.Equal("", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Decode_BytesWithNul_RefusedAsBinary()
    {
        var decoded = TextDecoder.Decode([.. Encoding.UTF8.GetBytes("报告"), 0, .. Encoding.UTF8.GetBytes("正文")]);

        Assert.Null(decoded.Text);
        Assert.Contains("二进制", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NeitherUtf8NorGb18030_RefusedWithReason()
    {
        var decoded = TextDecoder.Decode([0x41, 0xFF, 0xFF, 0xFF, 0x42]);

        Assert.Null(decoded.Text);
        Assert.Contains("无法识别的文本编码", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16WithOddByte_RefusedWithReason()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8]);

        Assert.Null(decoded.Text);
        Assert.Equal("UTF-16", decoded.Encoding);
        Assert.NotNull(decoded.Problem);
    }

    [Fact]
    public void Decode_StrayControlCharacter_Kept()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("第一页\f第二页\u0001" + Sample));

        Assert.Null(decoded.Problem);
        Assert.StartsWith("第一页\f第二页\u0001", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ManyControlCharacters_RefusedAsNotText()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\u0001\u0002报告", 20))));

        Assert.Null(decoded.Text);
        Assert.Contains("控制字符", decoded.Problem, StringComparison.Ordinal);
    }

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
