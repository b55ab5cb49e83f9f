using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Jixiao.Render.Tests;

/// <summary>What OpenXmlValidator says of a written package: nothing, when the file is valid.</summary>
internal static class OpenXmlValid
{
    public static void Assert(byte[] bytes, RenderFormat format)
    {
        using var stream = new MemoryStream(bytes);
        using OpenXmlPackage package = format == RenderFormat.Xlsx ? SpreadsheetDocument.Open(stream, false) : WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .Take(10)
            .ToList();
        Xunit.Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
