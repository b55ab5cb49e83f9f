using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>Reads a page's form fields back, as a browser would submit them unchanged.</summary>
internal static partial class Html
{
    public static Dictionary<string, string> Fields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(html))
        {
            if (Attribute("name", input.Value) is { } name && !input.Value.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !input.Value.Contains("type=\"file\"", StringComparison.Ordinal))
            {
                fields[name] = Attribute("value", input.Value) ?? "";
            }
        }

        foreach (Match area in TextArea().Matches(html))
        {
            fields[WebUtility.HtmlDecode(area.Groups[1].Value)] = WebUtility.HtmlDecode(area.Groups[2].Value);
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    private static string? Attribute(string name, string tag) =>
        Regex.Match(tag, " " + name + "=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();
}
