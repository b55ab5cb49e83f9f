using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Where the document is in its complex fields (w:fldChar begin … separate … end), which may span runs and
/// paragraphs: the code (「PAGEREF _Toc1 \h」) is not printed, the result is, except a table of contents'
/// whose lines repeat the headings with page numbers.
/// </summary>
internal sealed class FieldState
{
    /// <summary>Enough of a field code to know its kind.</summary>
    private const int CodeKept = 16;

    private readonly Stack<Field> _open = new();

    /// <summary>Open fields that hide what follows: in their code, or a table of contents.</summary>
    private int _hiding;

    public bool Shows => _hiding == 0;

    public void Char(FieldChar fieldChar)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            _open.Push(new Field());
            _hiding++;
        }
        else if (type == FieldCharValues.Separate && _open.TryPeek(out var field) && field.InCode)
        {
            field.InCode = false;
            field.IsContents = field.Code.TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase);
            if (!field.IsContents)
            {
                _hiding--;
            }
        }
        else if (type == FieldCharValues.End && _open.TryPop(out var ended) && (ended.InCode || ended.IsContents))
        {
            _hiding--;
        }
    }

    public void Code(string text)
    {
        if (_open.TryPeek(out var field) && field.InCode && field.Code.Length < CodeKept)
        {
            field.Code += text;
        }
    }

    private sealed class Field
    {
        public bool InCode { get; set; } = true;

        public bool IsContents { get; set; }

        public string Code { get; set; } = "";
    }
}
