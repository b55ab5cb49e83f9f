using System.Globalization;
using System.Text;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// Date serials as dates, shown the Chinese way whatever the format's order: 2024年3月5日, 2024年3月, 3月5日,
/// with a time on a 24-hour clock (2024年3月5日 14:30) when the format shows one.
/// </summary>
internal static class ExcelDates
{
    /// <summary>The last day a date serial can name: 9999-12-31.</summary>
    private const decimal LastSerial = 2958465m;

    /// <summary>The date a serial names, shown with <paramref name="parts"/>; null where Excel shows no real date (a negative or too large serial, 1900-01-00, the 1900-02-29 Lotus kept).</summary>
    public static string? Show(decimal serial, DateParts parts, bool date1904)
    {
        if (serial < 0m || serial > LastSerial)
        {
            return null;
        }

        var days = (int)Math.Floor(serial);
        var seconds = (int)Rounding.Round((serial - days) * 86400m, 0);
        if (seconds >= 86400)
        {
            days++;
            seconds -= 86400;
        }

        var text = new StringBuilder();
        if ((parts & (DateParts.Year | DateParts.Month | DateParts.Day)) != 0)
        {
            if (Date(days, date1904) is not { } date)
            {
                return null;
            }

            Append(text, parts, DateParts.Year, date.Year, "年");
            Append(text, parts, DateParts.Month, date.Month, "月");
            Append(text, parts, DateParts.Day, date.Day, "日");
        }

        var (hour, minute, second) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        var time = (parts & DateParts.Hour) != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}:{minute:00}") + ((parts & DateParts.Second) != 0 ? string.Create(CultureInfo.InvariantCulture, $":{second:00}") : "")
            : (parts & (DateParts.Minute | DateParts.Second)) != 0 ? string.Create(CultureInfo.InvariantCulture, $"{minute:00}:{second:00}") : "";
        if (time.Length > 0)
        {
            text.Append(text.Length > 0 ? " " : "").Append(time);
        }

        return text.ToString();
    }

    /// <summary>A date as the Chinese long form: 2024年3月5日 (a cell stored as an ISO date, t="d").</summary>
    public static string Show(DateTime date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
        + (date.TimeOfDay == TimeSpan.Zero ? "" : string.Create(CultureInfo.InvariantCulture, $" {date.Hour}:{date.Minute:00}"));

    private static void Append(StringBuilder text, DateParts parts, DateParts part, int value, string unit)
    {
        if ((parts & part) != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    /// <summary>Day 1 is 1900-01-01 and day 60 the 1900-02-29 that never was (Lotus 1-2-3's leap year, kept by Excel); the 1904 system counts from 1904-01-01.</summary>
    private static DateTime? Date(int days, bool date1904)
    {
        if (date1904)
        {
            return days <= LastSerial - 1462m ? new DateTime(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days) : null;
        }

        return days switch
        {
            0 or 60 => null,
            < 60 => new DateTime(1899, 12, 31, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days),
            _ => new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days),
        };
    }
}
