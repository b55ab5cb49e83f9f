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
        board.Propose("department", "黃(huáng)岡市水務局", new Source { Line = 1, Snippet = "黃(huáng)岡市水務局" }, strength: 2);
        board.Propose("department", "黄冈市水务局", new Source { Line = 9, Snippet = "黄冈市水务局" }, strength: 2);

        Assert.Equal("黃(huáng)岡市水務局", board.Text("department"));
        Assert.Empty(board.Findings);
    }

    [Fact]
    public void Text_TwoNames_LeftEmptyWithAFinding()
    {
        var board = new FieldBoard();
        board.Propose("department", "黃岡市水務局", new Source { Line = 1, Snippet = "黃岡市水務局" }, strength: 2);
        board.Propose("department", "黃岡市水利局", new Source { Line = 9, Snippet = "黃岡市水利局" }, strength: 2);

        Assert.Null(board.Text("department"));
        Assert.Equal("JX-X001", Assert.Single(board.Findings).Code);
    }
}
