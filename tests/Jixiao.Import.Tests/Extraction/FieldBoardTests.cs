using Jixiao.Domain.Model;
using Jixiao.Import.Extraction;

namespace Jixiao.Import.Tests.Extraction;

/// <summary>FieldBoard: readings that agree fill a field; a text agrees with itself in any script.</summary>
public sealed class FieldBoardTests
{
    [Fact]
    public void Text_SameNameInTwoScripts_AgreesAndKeepsTheFirstAsPrinted()
    {
        var board = new FieldBoard();
        board.Propose(Fields.Department, "黃(huáng)岡市水務局", new Source { Line = 1, Snippet = "黃(huáng)岡市水務局" }, strength: 2);
        board.Propose(Fields.Department, "黄冈市水务局", new Source { Line = 9, Snippet = "黄冈市水务局" }, strength: 2);

        Assert.Equal("黃(huáng)岡市水務局", board.Text(Fields.Department));
        Assert.Empty(board.Findings);
    }

    [Fact]
    public void Text_TwoNames_LeftEmptyWithAFinding()
    {
        var board = new FieldBoard();
        board.Propose(Fields.Department, "黃岡市水務局", new Source { Line = 1, Snippet = "黃岡市水務局" }, strength: 2);
        board.Propose(Fields.Department, "黃岡市水利局", new Source { Line = 9, Snippet = "黃岡市水利局" }, strength: 2);

        Assert.Null(board.Text(Fields.Department));
        Assert.Equal("JX-X001", Assert.Single(board.Findings).Code);
    }

    [Fact]
    public void Propose_AfterTheFieldWasResolved_IsAnError()
    {
        var board = new FieldBoard();
        board.Propose(Fields.Year, 2023, new Source { Line = 1, Snippet = "2023年度" });
        _ = board.Get(Fields.Year);

        Assert.Throws<InvalidOperationException>(() => board.Propose(Fields.Year, 2024, new Source { Line = 2, Snippet = "2024年度" }));
    }

    [Fact]
    public void Named_PathTheModelHasNot_IsAnError()
    {
        Assert.Equal("budget.byNature.基本支出.actual", Fields.Named<decimal>("budget.byNature.基本支出.actual").Path);
        Assert.Throws<ArgumentException>(() => Fields.Named<decimal>("budget.actuals"));
        Assert.Throws<ArgumentException>(() => Fields.Named<string>("budget.actual"));
    }
}
