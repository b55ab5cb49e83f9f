using System.Text;

namespace Jixiao.Import.Tests;

/// <summary>Large inputs made from a fixed seed, so that a failure can be reproduced.</summary>
internal static class RandomText
{
    private const string Mixed = "，。：；、（）%％.0123456789０１２３４５６７８９ abcXYZ|*#-　";

    /// <summary>About <paramref name="byteCount"/> bytes of UTF-8: random CJK characters, a line break every 40 to 120.</summary>
    public static byte[] CjkUtf8(int seed, int byteCount)
    {
        var random = new Random(seed);
        var bytes = new byte[byteCount];
        var at = 0;
        var lineLeft = random.Next(40, 121);
        while (at + 3 <= byteCount)
        {
            if (lineLeft-- == 0)
            {
                bytes[at++] = (byte)'\n';
                lineLeft = random.Next(40, 121);
                continue;
            }

            var c = random.Next(0x4E00, 0x9FA6);
            bytes[at++] = (byte)(0xE0 | (c >> 12));
            bytes[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            bytes[at++] = (byte)(0x80 | (c & 0x3F));
        }

        while (at < byteCount)
        {
            bytes[at++] = (byte)'\n';
        }

        return bytes;
    }

    /// <summary>About <paramref name="charCount"/> characters mixing CJK, digits, full-width forms, markdown marks and blank lines.</summary>
    public static string Mixture(int seed, int charCount)
    {
        var random = new Random(seed);
        var text = new StringBuilder(charCount + 1);
        while (text.Length < charCount)
        {
            var roll = random.Next(100);
            text.Append(roll switch
            {
                < 55 => (char)random.Next(0x4E00, 0x9FA6),
                < 90 => Mixed[random.Next(Mixed.Length)],
                < 97 => '\n',
                _ => '\r',
            });
        }

        return text.ToString();
    }

    /// <summary>A markdown pipe table of <paramref name="rows"/> rows under a header and its --- line.</summary>
    public static string PipeTable(int rows)
    {
        var text = new StringBuilder("| 序号 | 项目名称 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | ---: | ---: | ---: | ---: |\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append("| ").Append(i).Append(" | 第").Append(i).Append("项工作经费 | 1,2").Append(i % 10).Append(".50 | 12").Append(i % 7)
                .Append(".25 | 11").Append(i % 9).Append(".75 | 9").Append(i % 10).Append(".1% |\n");
        }

        return text.ToString();
    }
}
