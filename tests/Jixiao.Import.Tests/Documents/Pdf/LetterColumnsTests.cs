using UglyToad.PdfPig;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A table column a character wide, as LibreOffice prints pandoc's docx of a pipe table whose column has two dashes: a
/// cell's text a letter a line, every line full, so the column shows no paragraph's end.
/// </summary>
public sealed class LetterColumnsTests
{
    [Fact]
    public void Import_LibreOfficeKeyProjectCellCutByThePage_ReadWholeAndNoCutName()
    {
        // The filler pushes the table down so that the page breaks the key project's cell inside its name; LibreOffice
        // leaves a line blank before each number after a space (「预算 1,280.40」), and prints no break after the name.
        const string cell = "青岚县农村供水保障工程项目预算1,280.40万元，执行1,266.35万元，执行率98.90%，项目自评得分92分，等级为优。";
        var markdown = string.Concat(Enumerable.Repeat("青岚县水务局认真落实年度预算绩效管理要求，对照年初绩效目标逐项开展自评，现将有关情况报告如下。\n\n", 13))
            + "| | | | | | |\n|--------|--|--|---|--------------------|--------|\n| 部门名称 | | 青岚县水务局 | | 被评价年度 | 2023年 |\n"
            + "| 重点项目绩效情况 | | 青岚县农村供水保障工程<br />项目预算 1,280.40 万元，执行 1,266.35 万元，执行率 98.90%，项目自评得分 92 分，等级为优。 | | | |\n\n"
            + "注：重点项目指预算金额 500 万元（含）以上的项目。\n";
        var pdf = PandocLibreOfficePdf.Print(markdown);
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.True(document.GetPage(1).Text.Contains("重点项目绩效情况", StringComparison.Ordinal) && document.NumberOfPages > 1, "the page breaks the key project's cell");
        }

        var projects = DocumentImporter.Import(pdf, "report.pdf", new ExtractionOptions()).Evaluation!.KeyProjects;

        // Without going on over the page the cell would end inside the name, which would be read as the project's name;
        // with its blank lines as breaks, 「青岚县农村供水保障工程项目预算」 would be.
        Assert.Contains("<tr><td>重点项目绩效情况</td><td>" + cell + "</td><td></td><td></td></tr>", ChromiumPdf.Lines(pdf));
        Assert.All(projects, project => Assert.Equal("青岚县农村供水保障工程", project.Name));
    }
}
