using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Import.Documents;

namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>One program that writes a report as a user's file: its name in test names and in ProducedDocuments.failing.txt ("pandoc.docx").</summary>
public sealed partial record Producer(string Name, string Description, bool FormatsNumbers = false)
{
    public string Extension => Path.GetExtension(Name);

    /// <summary>A workbook producer writes only the documents laid out as tables (a 自评表), as departments keep them in Excel.</summary>
    public bool Makes(string factsFile) => Extension != ".xlsx" || ProducedDocuments.TableDocuments.Contains(factsFile);

    /// <summary>
    /// A producer that <see cref="FormatsNumbers"/> stores a number it recognizes in a cell and prints it in a format of its own
    /// (Gnumeric prints 93.8% as 93.80%, a clerk's Excel does the same): the reader keeps what the file prints, so such a value
    /// is right when it is the fact's number with the fact's unit.
    /// </summary>
    public bool PrintsAs(string read, string right) =>
        FormatsNumbers && Quantity().Match(read) is { Success: true } a && Quantity().Match(right) is { Success: true } b
            && a.Groups[2].Value == b.Groups[2].Value && decimal.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture) == decimal.Parse(b.Groups[1].Value, CultureInfo.InvariantCulture);

    public override string ToString() => Name;

    [GeneratedRegex(@"^(-?[0-9]+(?:\.[0-9]+)?)(%?)$")]
    private static partial Regex Quantity();
}

/// <summary>
/// The five seeds and the corpus as other software writes them, beside our own fixture's (<see cref="ReportDocuments"/>): four
/// producers of Word files and five of PDFs, built once per test run in a temporary folder, each producer when first asked
/// for, its files in parallel where the tool allows (LibreOffice and AbiWord convert all files in one call; pandoc, Chromium
/// and wkhtmltopdf one process per file, as many at once as there are cores, each Chromium with a throwaway profile).
/// The other producers start from pandoc's markdown reading of the text, as a clerk who pastes the text into an editor or a
/// web page would. A missing or failing tool fails the tests of that producer, naming the tool and how to install it.
/// Seed-derived files never enter the repository.
/// </summary>
public sealed partial class ProducedDocuments : IDisposable
{
    public static readonly Producer OpenXmlDocx = new("openxml.docx", "our own OpenXml fixture (MarkdownDocx)");
    public static readonly Producer PandocDocx = new("pandoc.docx", "pandoc, markdown to docx");
    public static readonly Producer LibreOfficeDocx = new("lo.docx", "LibreOffice, pandoc's HTML saved as docx");
    public static readonly Producer AbiWordDocx = new("abi.docx", "AbiWord, pandoc's HTML saved as docx");
    public static readonly Producer LibreOfficePdf = new("lo.pdf", "LibreOffice printing our own docx");
    public static readonly Producer ChromiumPdf = new("chromium.pdf", "headless Chromium --print-to-pdf of pandoc's HTML");
    public static readonly Producer WkhtmltopdfPdf = new("wk.pdf", "wkhtmltopdf of pandoc's HTML");
    public static readonly Producer AbiWordPdf = new("abi.pdf", "AbiWord printing pandoc's HTML");
    public static readonly Producer LibreOfficePandocPdf = new("lo-pandoc.pdf", "LibreOffice printing pandoc's docx");
    public static readonly Producer OpenXmlXlsx = new("openxml.xlsx", "our own workbook fixture (MarkdownSheet), the form typed in as a clerk would");
    public static readonly Producer LibreOfficeXlsx = new("localc.xlsx", "LibreOffice Calc, pandoc's HTML opened as a sheet and saved as xlsx");
    public static readonly Producer GnumericXlsx = new("gnumeric.xlsx", "Gnumeric's ssconvert, pandoc's HTML saved as xlsx", FormatsNumbers: true);
    public static readonly Producer OpenpyxlXlsx = new("openpyxl.xlsx", "openpyxl, the HTML's tables written cell by cell (Fixtures/html_to_xlsx.py)");

    /// <summary>The documents workbook producers write: seed 001 (a 自评表) and the corpus documents laid out as tables.</summary>
    public static readonly IReadOnlySet<string> TableDocuments =
        new HashSet<string>([.. Excel.WorkbookFactsTests.TableFactsFiles, "001_8a8cd6fc1c5a3d32.facts.json"], StringComparer.Ordinal);

    private static readonly TimeSpan s_perFile = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_perBatch = TimeSpan.FromMinutes(10);

    /// <summary>
    /// JIXIAO_PRODUCED_DIR=FOLDER keeps the produced files there and reuses the steps already written (for iterating on a reader;
    /// delete the folder when the tools or the documents change); unset, a temporary folder removed after the run.
    /// </summary>
    private static readonly string? s_kept = Environment.GetEnvironmentVariable("JIXIAO_PRODUCED_DIR") is { Length: > 0 } kept ? Path.GetFullPath(kept) : null;

    private readonly TempDir? _folder = s_kept is null ? new() : null;
    private readonly ConcurrentDictionary<string, Lazy<string>> _built = new();
    private readonly ConcurrentDictionary<(string Step, string Stem), string> _problems = new();

    /// <summary>Every producer, Word, PDF then Excel; the first of each is our own (<see cref="ReportDocuments"/>, MarkdownSheet).</summary>
    public static IReadOnlyList<Producer> All { get; } =
        [OpenXmlDocx, PandocDocx, LibreOfficeDocx, AbiWordDocx, LibreOfficePdf, ChromiumPdf, WkhtmltopdfPdf, AbiWordPdf, LibreOfficePandocPdf,
         OpenXmlXlsx, LibreOfficeXlsx, GnumericXlsx, OpenpyxlXlsx];

    public static Producer Named(string name) => All.Single(producer => producer.Name == name);

    /// <summary>The report <paramref name="factsFile"/> describes as <paramref name="producer"/> writes it; ours come from <paramref name="own"/>.</summary>
    public byte[] Read(ReportDocuments own, Producer producer, string factsFile) =>
        TryRead(own, producer, factsFile, out var problem) ?? throw new InvalidOperationException(problem);

    /// <summary>
    /// As <see cref="Read"/>, or null when the producer could not write this one document (AbiWord cannot open some HTML),
    /// with what the tool said; a tool that is missing or writes none of the documents throws instead.
    /// </summary>
    public byte[]? TryRead(ReportDocuments own, Producer producer, string factsFile, out string? problem)
    {
        problem = null;
        if (producer == OpenXmlDocx)
        {
            return own.Docx(factsFile);
        }

        if (producer == LibreOfficePdf)
        {
            return own.Pdf(factsFile);
        }

        if (producer == OpenXmlXlsx)
        {
            // Typed in from the text itself, as our own docx is: not from what pandoc is given.
            var book = new Excel.TestWorkbook();
            Excel.MarkdownSheet.Write(ReportDocuments.Text(ReportDocuments.All().Single(document => document.FactsFile == factsFile).Folder, factsFile), book, "自评表");
            return book.Save();
        }

        var file = Path.Combine(Folder(producer.Name), Stem(factsFile) + producer.Extension);
        if (File.Exists(file))
        {
            return File.ReadAllBytes(file);
        }

        problem = _problems.TryGetValue((producer.Name, Stem(factsFile)), out var said) ? said : $"{producer.Name}: {Path.GetFileName(file)} not written";
        return null;
    }

    public void Dispose() => _folder?.Dispose();

    private static string Stem(string factsFile) => factsFile.Replace(".facts.json", "", StringComparison.Ordinal);

    /// <summary>The folder of one step's files (STEM.ext), built on first use; a failed step fails again, with the same message, on every use.</summary>
    private string Folder(string step) => _built.GetOrAdd(step, name => new Lazy<string>(() => Build(name))).Value;

    private string Build(string step)
    {
        var folder = _folder?.File(step) ?? Path.Combine(s_kept!, step);
        var kept = _folder is null && Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        var stems = ReportDocuments.All().Where(document => All.FirstOrDefault(producer => producer.Name == step)?.Makes(document.FactsFile) != false)
            .Select(document => Stem(document.FactsFile)).ToList();
        string? failure = null;
        try
        {
            if (!kept)
            {
                Produce(step, folder, stems);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            failure = e.Message;
        }

        var extension = step == "md" ? ".md" : step == "html" ? ".html" : Path.GetExtension(step);
        var missing = stems.Where(stem => !File.Exists(Path.Combine(folder, stem + extension))).ToList();
        if (missing.Count == stems.Count)
        {
            throw new InvalidOperationException($"{step}: {missing.Count} of {stems.Count} documents not written: "
                + (failure ?? (missing.Count > 0 && _problems.TryGetValue((step, missing[0]), out var first) ? first : "(the tool said nothing)")));
        }

        foreach (var stem in missing)
        {
            _problems.TryAdd((step, stem), failure ?? $"{step}: {stem}{extension} not written");
        }

        return folder;
    }

    /// <summary>The file of <paramref name="stem"/> an earlier step wrote (it is built first when it is not yet).</summary>
    private string Input(string step, string stem, string extension) => Path.Combine(Folder(step), stem + extension);

    /// <summary>Makes each document's file, as many at once as there are cores; what fails is noted for that document alone.</summary>
    private void EachFile(string step, List<string> stems, Action<string> make) =>
        Parallel.ForEach(stems, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, stem =>
        {
            try
            {
                make(stem);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
            {
                _problems[(step, stem)] = e.Message;
            }
        });

    private void Produce(string step, string folder, List<string> stems)
    {
        switch (step)
        {
            case "md":
                foreach (var (source, factsFile) in ReportDocuments.All())
                {
                    File.WriteAllText(Path.Combine(folder, Stem(factsFile) + ".md"), CellParagraphs().Replace(TabTables(ReportDocuments.Text(source, factsFile)), row => CellParagraphBreak().Replace(row.Value, "<br />").Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "", StringComparison.Ordinal)));
                }

                break;
            case "html":
                EachFile(step, stems, stem => Run("pandoc", folder, "-f", "markdown", "-t", "html", "--standalone", "--metadata", "pagetitle=" + stem,
                    Input("md", stem, ".md"), "-o", Path.Combine(folder, stem + ".html")));
                break;
            case "pandoc.docx":
                EachFile(step, stems, stem => Run("pandoc", folder, "-f", "markdown", "-t", "docx", Input("md", stem, ".md"), "-o", Path.Combine(folder, stem + ".docx")));
                break;
            case "lo.docx":
                Soffice.Convert([.. stems.Select(stem => Input("html", stem, ".html"))], folder, s_perBatch, "docx:MS Word 2007 XML", "docx");
                break;
            case "lo-pandoc.pdf":
                Soffice.Convert([.. stems.Select(stem => Input("pandoc.docx", stem, ".docx"))], folder, s_perBatch);
                break;
            case "abi.docx" or "abi.pdf":
                // AbiWord writes NAME.ext beside each input it is given: one call for all, on copies of the HTML.
                var copies = stems.Select(stem => Path.Combine(folder, stem + ".html")).ToList();
                foreach (var (stem, copy) in stems.Zip(copies))
                {
                    File.Copy(Input("html", stem, ".html"), copy);
                }

                var to = "--to=" + step[(step.IndexOf('.', StringComparison.Ordinal) + 1)..];
                try
                {
                    Run("abiword", folder, s_perBatch, [to, .. copies]);
                }
                catch (InvalidOperationException) when (Programs.Find("abiword") is not null)
                {
                    // One file it cannot open fails the call: each file not written once more on its own, to say which and why.
                    EachFile(step, stems, stem =>
                    {
                        if (!File.Exists(Path.Combine(folder, stem + Path.GetExtension(step))))
                        {
                            Run("abiword", folder, s_perFile, [to, Path.Combine(folder, stem + ".html")]);
                        }
                    });
                }

                copies.ForEach(File.Delete);
                break;
            case "chromium.pdf":
                // A throwaway profile per process running at once, reused by the next file (Chromium locks the one it uses).
                var profiles = new ConcurrentBag<string>();
                EachFile(step, stems, stem =>
                {
                    var profile = profiles.TryTake(out var free) ? free : Path.Combine(folder, "profile-" + Guid.NewGuid().ToString("N"));
                    try
                    {
                        Run("chromium", folder, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile, "--no-first-run",
                            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
                            "--no-pdf-header-footer", "--print-to-pdf=" + Path.Combine(folder, stem + ".pdf"), new Uri(Input("html", stem, ".html")).AbsoluteUri);
                    }
                    finally
                    {
                        profiles.Add(profile);
                    }
                });
                foreach (var profile in profiles)
                {
                    try
                    {
                        Directory.Delete(profile, recursive: true);
                    }
                    catch (IOException)
                    {
                        // A helper process still writing: the folder goes with the fixture's.
                    }
                }

                break;
            case "localc.xlsx":
                Soffice.Convert([.. stems.Select(stem => Input("html", stem, ".html"))], folder, s_perBatch, "xlsx:Calc MS Excel 2007 XML", "xlsx", "HTML (StarCalc)");
                break;
            case "gnumeric.xlsx":
                EachFile(step, stems, stem => Run("ssconvert", folder, Input("html", stem, ".html"), Path.Combine(folder, stem + ".xlsx")));
                break;
            case "openpyxl.xlsx":
                // Debian's python3-openpyxl belongs to the system's python3, whatever else PATH holds.
                EachFile(step, stems, stem => Run("/usr/bin/python3", folder, RepoPaths.File("tests", "Jixiao.Import.Tests", "Documents", "Fixtures", "html_to_xlsx.py"),
                    Input("html", stem, ".html"), Path.Combine(folder, stem + ".xlsx")));
                break;
            case "wk.pdf":
                EachFile(step, stems, stem => Run("wkhtmltopdf", folder, "-q", Input("html", stem, ".html"), Path.Combine(folder, stem + ".pdf")));
                break;
            default:
                throw new ArgumentException($"no such producer step: {step}", nameof(step));
        }
    }

    private static void Run(string tool, string workingDirectory, params string[] arguments) => Run(tool, workingDirectory, s_perFile, arguments);

    /// <summary>Runs <paramref name="tool"/> to its end; throws naming the tool, its exit code and what it printed when it fails, or when it is not installed.</summary>
    private static void Run(string tool, string workingDirectory, TimeSpan timeout, IReadOnlyList<string> arguments)
    {
        var program = Programs.Find(tool) ?? throw new InvalidOperationException(
            $"{tool} is not installed: run `bash scripts/system-packages.sh` as root (scripts/test.sh does), then test again");
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeout}; killed ({string.Join(' ', arguments.Take(8))})");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited {process.ExitCode} ({string.Join(' ', arguments.Take(8))}):\n{output.Result}\n{error.Result}");
        }
    }

    /// <summary>
    /// A pipe-table row holding &lt;p&gt; paragraphs: pandoc drops such a cell whole, text and all, so its paragraphs are
    /// given to it as lines broken by &lt;br /&gt; (kept in HTML, and well-formed, as AbiWord needs; pandoc's docx writer drops the break and glues the lines).
    /// </summary>
    [GeneratedRegex(@"^\|.*<p>.*$", RegexOptions.Multiline)]
    private static partial Regex CellParagraphs();

    [GeneratedRegex(@"</p>\s*<p>")]
    private static partial Regex CellParagraphBreak();
}
