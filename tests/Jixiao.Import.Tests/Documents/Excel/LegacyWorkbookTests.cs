using System.Diagnostics;
using Jixiao.Domain.Interchange;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>
/// Many departments still save 自评表 as .xls: LibreOffice converts it to .xlsx, which reads as the workbook saved
/// as .xlsx does. LibreOffice recomputes formulas on the way, so a cached total that its cells do not add up to would show here.
/// </summary>
public sealed class LegacyWorkbookTests
{
    [Fact]
    public void Import_WorkbooksSavedAsXls_ReadAsTheXlsx()
    {
        using var folder = new TempDir();
        var workbooks = new[] { ("自评表", SelfEvaluationSheetTests.Workbook()), ("项目自评表", ProjectSheetTests.Workbook()) };
        foreach (var (name, bytes) in workbooks)
        {
            File.WriteAllBytes(folder.File(name + ".xlsx"), bytes);
        }

        ConvertToXls(folder, [.. workbooks.Select(workbook => folder.File(workbook.Item1 + ".xlsx"))]);

        foreach (var (name, bytes) in workbooks)
        {
            var fromXlsx = DocumentImporter.Import(bytes, name + ".xlsx", new ExtractionOptions()).Evaluation!;
            var fromXls = DocumentImporter.Import(File.ReadAllBytes(folder.File(name + ".xls")), name + ".xls", new ExtractionOptions());
            Assert.Equal(Jixiao.Import.Documents.DocumentKind.Legacy, fromXls.Kind);
            Assert.Equal(InterchangeJson.Write(fromXlsx), InterchangeJson.Write(fromXls.Evaluation!));
        }
    }

    private static void ConvertToXls(TempDir folder, string[] files)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[$"-env:UserInstallation=file://{folder.File("profile")}", "--headless", "--convert-to", "xls", "--outdir", folder.Path, .. files])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "soffice did not finish");
        Assert.True(files.All(file => File.Exists(Path.ChangeExtension(file, ".xls"))), "soffice wrote no .xls: " + process.StandardError.ReadToEnd());
    }
}
