using System.Text;

namespace Jixiao.Import.Text;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030
/// (which covers GBK and GB2312, the encodings Chinese Windows writes). Bytes that are neither,
/// or that hold control characters a text never has, are refused with a reason.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(StrictUtf8, bytes[3..], "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
            return Strict(encoding, bytes[2..], "UTF-16");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new DecodedText(null, "", "不是文本文件（含有二进制内容），请导出为文本或使用 Word/PDF/Excel 导入");
        }

        var utf8 = Strict(StrictUtf8, bytes, "UTF-8");
        return utf8.Problem is null ? utf8 : Strict(Gb18030.Value, bytes, "GB18030");
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(null, name, "无法识别的文本编码（既不是 UTF-8 也不是 GB18030/GBK），或不是文本文件");
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        // A text converted from Word or PDF may keep a stray control character; a binary file has many.
        return control > 8 + (text.Length / 1000)
            ? new DecodedText(null, name, $"不是文本文件（含有 {control} 个控制字符）")
            : new DecodedText(text, name, null);
    }
}
