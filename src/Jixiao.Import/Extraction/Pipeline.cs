using Jixiao.Domain.Model;

namespace Jixiao.Import.Extraction;

/// <summary>The recognizers, in the order they run, and the filling of the model from what they read.</summary>
internal static class Pipeline
{
    public static Evaluation Run(Document document)
    {
        var board = new FieldBoard();
        return Filler.Fill(board);
    }
}
