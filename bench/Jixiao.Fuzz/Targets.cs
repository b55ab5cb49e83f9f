using System.Text;
using Jixiao.Domain.Interchange;
using Jixiao.Import;

namespace Jixiao.Fuzz;

/// <summary>
/// The entry points fuzzed: each reads untrusted bytes as `jixiao import` and `jixiao score` would. None may throw,
/// hang or take the machine's memory: an exception that escapes is a crash to AFL, a run past its time a hang.
/// Nothing of the instrumented assemblies is touched before SharpFuzz has set up its trace memory.
/// </summary>
internal static class Targets
{
    public static readonly string[] Names = ["pdf", "docx", "xlsx", "docx-xml", "xlsx-xml", "text", "json"];

    public static void Read(string target, byte[] bytes)
    {
        var options = new ExtractionOptions { Timeout = TimeSpan.FromSeconds(10) };
        _ = target switch
        {
            "pdf" => DocumentImporter.Import(bytes, "fuzz.pdf", options).Problem,
            "docx" => DocumentImporter.Import(bytes, "fuzz.docx", options).Problem,
            "xlsx" => DocumentImporter.Import(bytes, "fuzz.xlsx", options).Problem,
            // Byte mutations of a zip mostly break its checksums; these mutate the main XML part and zip it afresh.
            "docx-xml" => DocumentImporter.Import(Seeds.Docx(bytes), "fuzz.docx", options).Problem,
            "xlsx-xml" => DocumentImporter.Import(Seeds.Xlsx(bytes), "fuzz.xlsx", options).Problem,
            "text" => ReportExtractor.Extract(bytes, options).Problem,
            _ => InterchangeJson.Read(Encoding.UTF8.GetString(bytes)).Value?.ToString(),
        };
    }
}
