using System.Text;
using Jixiao.Domain.Interchange;
using Jixiao.Import;

namespace Jixiao.Fuzz;

/// <summary>
/// The entry points fuzzed: each reads untrusted bytes as `jixiao import` and `jixiao score` would. None may throw,
/// hang or take the machine's memory: an exception that escapes is a crash to AFL, a run past its time a hang.
/// </summary>
internal static class Targets
{
    private static readonly ExtractionOptions Options = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["pdf"] = bytes => DocumentImporter.Import(bytes, "fuzz.pdf", Options),
        ["docx"] = bytes => DocumentImporter.Import(bytes, "fuzz.docx", Options),
        ["xlsx"] = bytes => DocumentImporter.Import(bytes, "fuzz.xlsx", Options),
        ["text"] = bytes => ReportExtractor.Extract(bytes, Options),
        ["json"] = bytes => InterchangeJson.Read(Encoding.UTF8.GetString(bytes)),
    };
}
