using System.Globalization;

namespace Jixiao.Web.Pages;

/// <summary>How numbers read on the pages: as printed (16.60 stays 16.60), invariant digits, blank when absent.</summary>
internal static class Show
{
    public static string Number(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";

    public static string Percent(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "%" : "";

    public static string Findings(int errors, int warnings, int notes) =>
        errors + warnings + notes == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"错误 {errors} · 警告 {warnings} · 提示 {notes}");

    public static string Severity(Domain.Model.Severity severity) => severity switch
    {
        Domain.Model.Severity.Error => "错误",
        Domain.Model.Severity.Warning => "警告",
        _ => "提示",
    };

    public static string Time(long milliseconds) => Time(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

    /// <summary>Beijing time, as the CLI prints it.</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
