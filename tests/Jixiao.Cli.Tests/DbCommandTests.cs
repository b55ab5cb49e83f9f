using Jixiao.Domain.Interchange;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao db …` on a SQLite file of the test's own (the storage tests run the same store on PostgreSQL too).</summary>
public sealed class DbCommandTests : IDisposable
{
    private readonly TempDir _temp = new();

    private string Database => _temp.File("jixiao.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void Import_Folder_StoresEachReportAndSaysSoPerFile()
    {
        var folder = Folder();

        var (exit, output, error) = Db("import", folder);

        Assert.Equal("", error);
        Assert.Equal(1, exit); // broken.json could not be read
        Assert.Contains("[", output, StringComparison.Ordinal);
        Assert.Contains("qinghe.json: 已入库（云溪市青禾区司法局 2025 年部门整体支出自评，第 1 版）", output, StringComparison.Ordinal);
        Assert.Contains("broken.json: 失败：", output, StringComparison.Ordinal);
        Assert.EndsWith($"共 3 个文件：入库 2，此前已入库 0，失败 1，跳过 0。数据库：{Database}", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SameFolderAgain_StoresNothing()
    {
        var folder = Folder();
        Db("import", folder);

        var (_, output, _) = Db("import", folder);

        Assert.Contains("qinghe.json: 已入库过（同一文件），跳过", output, StringComparison.Ordinal);
        Assert.Contains("入库 0，此前已入库 2，失败 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ByYear_ShowsOnlyThatYear()
    {
        Db("import", Folder());

        var (exit, output, _) = Db("list", "--year", "2025");

        Assert.Equal(0, exit);
        Assert.Contains("云溪市青禾区司法局", output, StringComparison.Ordinal);
        Assert.Contains("北湖市经开区应急管理局", output, StringComparison.Ordinal);
        Assert.EndsWith("共 2 份自评", output.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("共 0 份自评", Db("list", "--year", "2023").Out.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void List_UnknownStatus_IsOneLineNamingTheChoices()
    {
        var (exit, _, error) = Db("list", "--status", "完成");

        Assert.Equal(2, exit);
        Assert.Equal("--status: 未知的状态「完成」（可用：待复核、已复核、退回修改）", error.TrimEnd());
    }

    [Fact]
    public void Show_Json_IsTheStoredEvaluation()
    {
        Db("import", Folder());

        var (exit, output, _) = Db("show", "云溪市青禾区司法局", "2025", "--json");

        Assert.Equal(0, exit);
        Assert.Equal(98.32m, InterchangeJson.Read(output).Value!.Score!.Total);
    }

    [Fact]
    public void Show_RevisionThatDoesNotExist_IsOneLine()
    {
        Db("import", Folder());

        var (exit, _, error) = Db("show", "云溪市青禾区司法局", "2025", "--revision", "4");

        Assert.Equal(2, exit);
        Assert.Equal("云溪市青禾区司法局 2025: 没有第 4 版（共 1 版）", error.TrimEnd());
    }

    [Fact]
    public void Show_UnknownDepartment_IsOneLine()
    {
        var (exit, _, error) = Db("show", "无此局", "2025");

        Assert.Equal(2, exit);
        Assert.Equal("无此局 2025: 数据库中没有这份自评（jixiao db list 可列出已入库的自评）", error.TrimEnd());
    }

    [Fact]
    public void History_AfterAChangedFile_ListsBothRevisions()
    {
        var folder = Folder();
        Db("import", folder);
        var changed = InterchangeJson.Read(File.ReadAllText(Path.Combine(folder, "qinghe.json"))).Value! with { Goals = ["新目标"] };
        File.WriteAllText(Path.Combine(folder, "qinghe.json"), InterchangeJson.Write(changed));
        Db("import", folder, "--user", "李四");

        var (exit, output, _) = Db("history", "云溪市青禾区司法局", "2025");

        Assert.Equal(0, exit);
        Assert.Contains("│ 2    │", output, StringComparison.Ordinal);
        Assert.Contains("李四", output, StringComparison.Ordinal);
        Assert.Contains("第 1 版（共 2 版）", Db("show", "云溪市青禾区司法局", "2025", "--revision", "1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WritesOneJsonPerEvaluation()
    {
        Db("import", Folder());

        var (exit, output, _) = Db("export", "-o", _temp.File("out"));

        Assert.Equal(0, exit);
        Assert.Contains("已导出 2 份自评", output, StringComparison.Ordinal);
        var written = InterchangeJson.Read(File.ReadAllText(_temp.File("out/2025/云溪市青禾区司法局.json")));
        Assert.True(written.Succeeded);
    }

    [Fact]
    public void BackupThenRestore_IntoANewDatabase_ListsTheSame()
    {
        Db("import", Folder());
        var backup = _temp.File("备份.zip");

        var (backupExit, backupOut, _) = Db("backup", backup);
        var (restoreExit, restoreOut, _) = InProcess.Run("db", "restore", backup, "--db", _temp.File("restored.db"));

        Assert.Equal((0, 0), (backupExit, restoreExit));
        Assert.Contains("自评 2", backupOut, StringComparison.Ordinal);
        Assert.Contains("自评 2", restoreOut, StringComparison.Ordinal);
        Assert.Equal(Db("list").Out, InProcess.Run("db", "list", "--db", _temp.File("restored.db")).Out);
    }

    [Fact]
    public void Restore_NotABackup_IsOneLineNamingTheFile()
    {
        var file = _temp.Write("not.zip", "hello");

        var (exit, _, error) = Db("restore", file);

        Assert.Equal(2, exit);
        Assert.StartsWith($"{file}: 不是 jixiao 备份文件", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Import_Zip_StoresItsReportsAndJson()
    {
        var zip = _temp.File("报告.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, RepoPaths.File("samples", "qinghe-justice-2025.json"), "2025/qinghe.json");
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, RepoPaths.File("tests", "Jixiao.Import.Tests", "Corpus", "01_md_sichuan_jiaoyu_2023.txt"), "2023/教育局.txt");
        }

        var (exit, output, _) = Db("import", zip);

        Assert.Equal(0, exit);
        Assert.Contains("2023/教育局.txt: 已入库（四川省岷川市东坝区教育局 2023 年部门整体支出自评，第 1 版）", output, StringComparison.Ordinal);
        Assert.Contains("入库 2，此前已入库 0，失败 0，跳过 0", output, StringComparison.Ordinal);
        var stored = InterchangeJson.Read(Db("show", "四川省岷川市东坝区教育局", "2023", "--json").Out).Value!;
        Assert.NotEmpty(stored.Provenance!); // kept by default: where each value was printed
    }

    [Fact]
    public void Import_MissingFolder_IsOneLine()
    {
        var (exit, _, error) = Db("import", _temp.File("nothing"));

        Assert.Equal(2, exit);
        Assert.Equal($"{_temp.File("nothing")}: 目录或文件不存在", error.TrimEnd());
    }

    [Fact]
    public void AnyCommand_UnreachablePostgres_IsOneLineNamingTheServer()
    {
        var (exit, _, error) = InProcess.Run("db", "list", "--db", "Host=127.0.0.1;Port=1;Database=none;Username=x;Timeout=2");

        Assert.Equal(2, exit);
        Assert.StartsWith("PostgreSQL 127.0.0.1:1/none: 无法打开数据库", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Save_TwoEditsOfTheSameRevision_SecondIsAConflictNamingTheChange()
    {
        Db("import", Folder());
        var exported = Db("show", "云溪市青禾区司法局", "2025", "--json").Out;
        var original = InterchangeJson.Read(exported).Value!;
        var mine = _temp.Write("mine.json", InterchangeJson.Write(original with { Budget = original.Budget! with { Actual = 3000m } }));
        var theirs = _temp.Write("theirs.json", InterchangeJson.Write(original with { Goals = ["另一个目标"] }));

        var first = Db("save", mine, "--based-on", "1", "--reason", "更正执行数", "--user", "张三");
        var second = Db("save", theirs, "--based-on", "1", "--reason", "改目标", "--user", "李四");

        Assert.Equal((0, "已保存：云溪市青禾区司法局 2025 年部门整体支出自评 第 2 版"), (first.Exit, first.Out.TrimEnd()));
        Assert.Equal(1, second.Exit);
        Assert.StartsWith($"{theirs}: 保存冲突，未保存：你基于第 1 版修改，而此后已有 1 个新版本", second.Error, StringComparison.Ordinal);
        Assert.Contains("第 2 版：张三，", second.Error, StringComparison.Ordinal);
        Assert.Contains("他人改动：budget.actual", second.Error, StringComparison.Ordinal);
        Assert.Contains("你的改动：goals[0]", second.Error, StringComparison.Ordinal);
        Assert.Contains("共 2 版", Db("show", "云溪市青禾区司法局", "2025").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ThenShowAndList_ShowTheDecision()
    {
        Db("import", Folder());

        var (exit, output, _) = Db("review", "云溪市青禾区司法局", "2025", "--opinion", "执行率计算有误", "--score", "88.5", "--reason", "扣除超支项目得分", "--user", "王审");

        Assert.Equal(0, exit);
        Assert.Equal("已记录：云溪市青禾区司法局 2025 年部门整体支出自评 第 1 版，已复核", output.TrimEnd());
        Assert.Contains("已复核：执行率计算有误；得分调整为 88.5（扣除超支项目得分）", Db("show", "云溪市青禾区司法局", "2025").Out, StringComparison.Ordinal);
        Assert.EndsWith("共 1 份自评", Db("list", "--status", "已复核").Out.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ScoreWithoutReason_IsOneLine()
    {
        Db("import", Folder());

        var (exit, _, error) = Db("review", "云溪市青禾区司法局", "2025", "--opinion", "同意", "--score", "90");

        Assert.Equal(2, exit);
        Assert.Equal("云溪市青禾区司法局 2025: 调整得分须写明理由", error.TrimEnd());
    }

    [Fact]
    public void Summary_ToXlsx_WritesTheWorkbook()
    {
        Db("import", Folder());

        var (exit, output, _) = Db("summary", "--year", "2025", "-o", _temp.File("汇总表.xlsx"));

        Assert.Equal(0, exit);
        Assert.StartsWith("已写出", output, StringComparison.Ordinal);
        Assert.True(new FileInfo(_temp.File("汇总表.xlsx")).Length > 0);
    }

    [Fact]
    public void Analyse_UnknownName_IsOneLineListingTheNames()
    {
        var (exit, _, error) = Db("analyse", "bogus", "--year", "2025");

        Assert.Equal(2, exit);
        Assert.Equal("bogus: 没有这项分析（可用：distribution、unsupported、full-marks、targets、outliers、missing、rectification）", error.TrimEnd());
    }

    [Fact]
    public void Departments_BadLevel_NamesTheLine()
    {
        var file = _temp.Write("部门.csv", "代码,名称,层级,上级代码,应报\n01,某局,科,,是\n");

        var (exit, _, error) = Db("departments", file);

        Assert.Equal(2, exit);
        Assert.Equal($"{file}: 第 2 行：未知的层级「科」（可用：市、区县、部门、单位）", error.TrimEnd());
    }

    [Theory]
    [InlineData("save")]
    [InlineData("review")]
    [InlineData("summary")]
    [InlineData("analyse")]
    [InlineData("departments")]
    [InlineData("import")]
    [InlineData("list")]
    [InlineData("show")]
    [InlineData("history")]
    [InlineData("export")]
    [InlineData("backup")]
    [InlineData("restore")]
    public void Help_EveryDbCommand_HasAChineseExample(string command)
    {
        var (exit, output, _) = InProcess.Run("db", command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains($"示例：jixiao db {command}", output, StringComparison.Ordinal);
    }

    private (int Exit, string Out, string Error) Db(params string[] args) => InProcess.Run(["db", .. args, "--db", Database]);

    /// <summary>The two samples as interchange JSON and a broken JSON.</summary>
    private string Folder()
    {
        var folder = _temp.File("in");
        Directory.CreateDirectory(folder);
        File.Copy(RepoPaths.File("samples", "qinghe-justice-2025.json"), Path.Combine(folder, "qinghe.json"), overwrite: true);
        File.Copy(RepoPaths.File("samples", "beihu-emergency-2025.json"), Path.Combine(folder, "beihu.json"), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "broken.json"), "{ ");
        return folder;
    }
}
