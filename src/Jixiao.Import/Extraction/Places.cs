using System.Globalization;
using Jixiao.Domain.Model;

namespace Jixiao.Import.Extraction;

/// <summary>A place as the document shows it, for a message: 表 2 第 3 行第 4 列, 自评表!D7, 第 5 页第 12 行, 第 12 段, 第 12 行.</summary>
internal static class Places
{
    public static string Describe(Source source, bool laidOut)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Cell is { Length: > 0 } cell ? cell
            : source.Page is { } page ? string.Create(CultureInfo.InvariantCulture, $"第 {page} 页第 {source.Line} 行")
            : laidOut ? string.Create(CultureInfo.InvariantCulture, $"第 {source.Line} 段")
            : string.Create(CultureInfo.InvariantCulture, $"第 {source.Line} 行");
    }
}
