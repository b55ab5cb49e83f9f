using System.Diagnostics;
using System.Globalization;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// PDFs printed by LibreOffice once per test run, in a temporary folder: every seed report (its text as HTML, see
/// <see cref="SeedHtml"/>) and the made-up documents of <see cref="PdfSampleDocuments"/> (flat ODT). Two soffice calls
/// with a profile of their own; nothing derived from the seeds is kept.
/// </summary>
public sealed class PdfSamples : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jixiao-pdf-tests-").FullName;

    public PdfSamples()
    {
        try
        {
            var html = Directory.GetFiles(RepoPaths.Seeds, "*.txt")
                .Select(seed => Write(Path.GetFileNameWithoutExtension(seed) + ".html", SeedHtml.Convert(File.ReadAllText(seed))))
                .ToList();
            var odt = PdfSampleDocuments.All.Select(sample => Write(sample.Key + ".fodt", sample.Value.Build())).ToList();
            Convert(html, "HTML (StarWriter)");
            Convert(odt, null);
        }
        catch
        {
            Dispose(); // xunit does not dispose a fixture whose constructor failed
            throw;
        }
    }

    /// <summary>The PDF printed from a seed (its name without extension) or a made-up document.</summary>
    public byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(_folder, name + ".pdf"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private void Convert(List<string> files, string? filter)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add($"-env:UserInstallation=file://{Path.Combine(_folder, "profile")}");
        start.ArgumentList.Add("--headless");
        if (filter is not null)
        {
            start.ArgumentList.Add($"--infilter={filter}");
        }

        foreach (var argument in (string[])["--convert-to", "pdf:writer_pdf_Export", "--outdir", _folder, .. files])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
        }

        var missing = files.Select(file => Path.ChangeExtension(file, ".pdf")).Where(pdf => !File.Exists(pdf)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"soffice did not print {string.Join(", ", missing.Select(Path.GetFileName))}: {output.Result} {error.Result}"));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PdfSampleSet : ICollectionFixture<PdfSamples>
{
    public const string Name = "PDF samples";
}
