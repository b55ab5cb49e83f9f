using Jixiao.Domain.Interchange;
using Jixiao.Import.Text;
using Xunit.Abstractions;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>
/// Self-evaluation tables whose facts are checked by hand, typed into a workbook as their departments would fill
/// them in Excel (<see cref="MarkdownSheet"/>): every fact reads from the .xlsx as it does from the text. Seed 001
/// is read from ../shared/seeds at run time, never copied into the repository.
/// </summary>
public sealed class WorkbookFactsTests(ITestOutputHelper output)
{
    /// <summary>The corpus documents laid out as tables, which a department would keep as a workbook: 自评表 of departments and projects, with merged cells (HTML spans) and an Excel export (TSV).</summary>
    public static readonly string[] TableFactsFiles =
    [
        "04_table_shandong_jiaotong_2020.facts.json",
        "04_table_suifeng_liantang_minzheng_2022.facts.json",
        "05_table_lingdong_linjiang_renshe_2021.facts.json",
        "07_functable_hebei_minzheng_2022.facts.json",
        "c04_jichuan_sifa_2023.facts.json",
        "c07_moling_shuili_project_2023.facts.json",
        "c3_02_shanxi_city_tasks_table.facts.json",
        "c3_03_anhui_project_table.facts.json",
        "c3_05_guangxi_conclusion_table.facts.json",
        "c3_09_chongqing_budget_table.facts.json",
        "c3_10_hainan_excel_tsv.facts.json",
        "project-liyuan-culture-2020.facts.json",
        "project-minchuan-health-2023.facts.json",
        "project-qianxi-roadsafety-2024.facts.json",
        "project-qihe-irrigation-2025.facts.json",
        "project-qingbai-education-2022.facts.json",
        "project-zheyuan-farmland-2021.facts.json",
    ];

    public static TheoryData<string> Tables() => new(TableFactsFiles);

    [Fact]
    public void Import_Seed001AsWorkbook_EveryFactHolds()
    {
        var seed = Directory.GetFiles(RepoPaths.Seeds, "001_*.facts.json").Single();

        var facts = Check(seed);

        Assert.True(facts.AllPassed, facts.Describe());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Import_CorpusTableAsWorkbook_EveryFactHolds(string factsFile)
    {
        var facts = Check(Path.Combine(FactsFiles.Corpus, factsFile));

        Assert.True(facts.AllPassed, facts.Describe());
    }

    private FactsCheckResult Check(string factsFile)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(factsFile.Replace(".facts.json", ".txt", StringComparison.Ordinal))).Text!;
        var book = new TestWorkbook();
        MarkdownSheet.Write(text, book, "自评表");

        var result = DocumentImporter.Import(book.Save(), "自评表.xlsx", new ExtractionOptions());

        Assert.Null(result.Problem);
        var facts = FactsCheck.Run(File.ReadAllText(factsFile), InterchangeJson.Write(result.Evaluation!));
        output.WriteLine(facts.Describe());
        return facts;
    }
}
