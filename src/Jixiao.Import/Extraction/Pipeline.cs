using Jixiao.Domain.Model;
using Jixiao.Import.Recognizers;
using Jixiao.Import.Recognizers.Tables;

namespace Jixiao.Import.Extraction;

/// <summary>The recognizers, in the order they run, and the filling of the model from what they read.</summary>
internal static class Pipeline
{
    /// <summary>
    /// Tables first: a list a table states is taken before prose that retells it. The title before the prose readers,
    /// which set aside sentences about another year than the evaluated one.
    /// </summary>
    private static readonly IRecognizer[] Recognizers =
    [
        new Forms.FormReader(),
        new TableColumns(),
        new LineTables(),
        new NumberedRows(),
        new FlatTaskNames(),
        new TableKeyValues(),
        new DocumentTitle(),
        new ProseAmounts(),
        new ProseScores(),
        new ProseGrade(),
        new Staffing(),
        new Lists(),
        new ProseTasks(),
        new ProseKeyProjects(),
    ];

    public static Evaluation Run(Document document)
    {
        var board = new FieldBoard();
        foreach (var recognizer in Recognizers)
        {
            recognizer.Recognize(document, board);
        }

        if (document.Appended is { } appended)
        {
            board.Report("JX-X003", Severity.Info, "document",
                $"「{appended.Title.Trim()}」起是另一个单位的报告，只读取了它之前的内容");
        }

        return Filler.Fill(board);
    }
}
