using Jixiao.Import.Documents.Excel;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>A stored number shown through its cell's format exactly as Excel shows it, or as the number itself: never another number.</summary>
public sealed class NumberFormatTests
{
    [Theory]
    // A double's last digits are binary noise that Excel never shows (15 significant digits).
    [InlineData("2394.8300000000004", "General", "2394.83")]
    [InlineData("0.99990000000000001", "General", "0.9999")]
    [InlineData("16.600000000000001", "General", "16.6")]
    [InlineData("2021", "General", "2021")]
    [InlineData("0", "General", "0")]
    [InlineData("-507.49000000000001", "General", "-507.49")]
    [InlineData("1.5E-3", "General", "0.0015")]
    [InlineData("1.2345678901234567E+20", "General", "123456789012346000000")]
    // Beyond what a decimal holds: as stored, which is how General shows it.
    [InlineData("1E+300", "General", "1E+300")]
    [InlineData("1E-30", "General", "1E-30")]
    // Percent: ×100, the format's places, rounded half away from zero.
    [InlineData("0.99990000000000001", "0.00%", "99.99%")]
    [InlineData("0.99986638883220261", "0.00%", "99.99%")]
    [InlineData("0.98699999999999999", "0.00%", "98.70%")]
    [InlineData("0.17483701134485812", "0.00%", "17.48%")]
    [InlineData("0.9999", "0%", "100%")]
    [InlineData("0.125", "0.0%", "12.5%")]
    [InlineData("-0.0525", "0.0%", "-5.3%")]
    // Fixed places: half away from zero (.NET's default would give 2.67 and 0.12).
    [InlineData("2.665", "0.00", "2.67")]
    [InlineData("0.125", "0.00", "0.13")]
    [InlineData("-2.665", "0.00", "-2.67")]
    [InlineData("1.0049999999999999", "0.00", "1.01")]
    [InlineData("2394.8300000000004", "#,##0.00", "2,394.83")]
    [InlineData("1234567.891", "#,##0", "1,234,568")]
    [InlineData("16.6", "0.00", "16.60")]
    [InlineData("16.6", "0.0#", "16.6")]
    [InlineData("16.625", "0.0#", "16.63")]
    [InlineData("-0.001", "0.00", "0.00")]
    [InlineData("7", "000", "007")]
    [InlineData("1234567", "#,##0.00,", "1,234.57")]
    // Literal text of the format is shown; currency signs are not.
    [InlineData("12.5", "0.00\"万元\"", "12.50万元")]
    [InlineData("3057", "0\"人次\"", "3057人次")]
    [InlineData("1234.5", "\"¥\"#,##0.00", "1,234.50")]
    [InlineData("1234.5", "[$¥-804]#,##0.00", "1,234.50")]
    // Negative sections: the number keeps its minus sign instead of parentheses, red or nothing.
    [InlineData("-1234.5", "#,##0.00;(#,##0.00)", "-1,234.50")]
    [InlineData("-1234.5", "#,##0.00;[Red]#,##0.00", "-1,234.50")]
    [InlineData("-1234.5", "#,##0.00;[Red]\\-#,##0.00", "-1,234.50")]
    // Accounting: the number with the format's places; a zero Excel shows as "-" is shown as the number.
    [InlineData("1234.5", "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ", "1,234.50")]
    [InlineData("-1234.5", "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ", "-1,234.50")]
    [InlineData("0", "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ", "0.00")]
    // Exponent.
    [InlineData("12345", "0.00E+00", "1.23E+04")]
    [InlineData("0.00012345", "0.00E+00", "1.23E-04")]
    [InlineData("99999", "0.0E+0", "1.0E+5")]
    // What is not reproduced shows the number as General, never a rounded or converted one.
    [InlineData("1.5", "# ?/?", "1.5")]
    [InlineData("123", "[DBNum1][$-804]General", "123")]
    [InlineData("150", "[>=100]0.0;0.00", "150")]
    [InlineData("5551234", "000-0000", "5551234")]
    // The text format shows a number as General.
    [InlineData("2394.8300000000004", "@", "2394.83")]
    public void Show_StoredNumber_AsExcelShowsIt(string stored, string format, string shown)
    {
        Assert.Equal(shown, NumberFormat.Parse(format).Show(stored, date1904: false));
    }

    [Theory]
    [InlineData("45356", "yyyy\"年\"m\"月\"d\"日\"", "2024年3月5日")]
    [InlineData("45356", "yyyy/m/d", "2024年3月5日")]
    [InlineData("45356", "m/d/yy", "2024年3月5日")]
    [InlineData("45356", "yyyy-mm-dd", "2024年3月5日")]
    [InlineData("45356", "yyyy\"年\"m\"月\"", "2024年3月")]
    [InlineData("45356", "m\"月\"d\"日\"", "3月5日")]
    [InlineData("45356.604166666664", "yyyy/m/d h:mm", "2024年3月5日 14:30")]
    [InlineData("0.60416666666666663", "h:mm", "14:30")]
    [InlineData("0.60416666666666663", "h:mm AM/PM", "14:30")]
    [InlineData("0.60418981481481478", "hh:mm:ss", "14:30:02")]
    // Before 1900-03-01 Excel counts the 1900-02-29 that never was.
    [InlineData("59", "yyyy/m/d", "1900年2月28日")]
    [InlineData("61", "yyyy/m/d", "1900年3月1日")]
    // No date Excel can show: the number itself.
    [InlineData("-1", "yyyy/m/d", "-1")]
    [InlineData("3000000", "yyyy/m/d", "3000000")]
    public void Show_DateSerial_AsChineseDate(string stored, string format, string shown)
    {
        Assert.Equal(shown, NumberFormat.Parse(format).Show(stored, date1904: false));
    }

    [Fact]
    public void Show_Date1904System_CountsFrom1904()
    {
        Assert.Equal("2024年3月5日", NumberFormat.Parse("yyyy/m/d").Show("43894", date1904: true));
    }

    [Theory]
    [InlineData(2u, "2.665", "2.67")]
    [InlineData(4u, "2394.8300000000004", "2,394.83")]
    [InlineData(9u, "0.99990000000000001", "100%")]
    [InlineData(10u, "0.99990000000000001", "99.99%")]
    [InlineData(14u, "45356", "2024年3月5日")]
    [InlineData(31u, "45356", "2024年3月5日")]
    [InlineData(58u, "45356", "3月5日")]
    [InlineData(43u, "0", "0.00")]
    [InlineData(49u, "16.6", "16.6")]
    [InlineData(200u, "16.600000000000001", "16.6")]
    public void Show_BuiltInFormatId_AsExcelShowsIt(uint id, string stored, string shown)
    {
        Assert.Equal(shown, NumberFormat.Parse(BuiltInFormats.Code(id)).Show(stored, date1904: false));
    }
}
