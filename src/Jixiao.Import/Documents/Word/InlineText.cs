using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MathText = DocumentFormat.OpenXml.Math.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// The printed text of one paragraph, as lines (w:br, w:cr and a line feed in w:t start a new one), and the text boxes anchored in it,
/// which are read after it. Deleted and hidden text, field codes and phonetic guides are not printed.
/// </summary>
internal sealed class InlineText
{
    private readonly FieldState _fields;
    private readonly StringBuilder _line = new();
    private readonly int _depthLimit;

    private InlineText(FieldState fields, int depthLimit)
    {
        _fields = fields;
        _depthLimit = depthLimit;
    }

    public List<string> Lines { get; } = [];

    /// <summary>w:txbxContent elements, one per text box (one branch of each mc:AlternateContent).</summary>
    public List<OpenXmlElement> TextBoxes { get; } = [];

    public bool IsEmpty => Lines.TrueForAll(line => line.Length == 0);

    public static InlineText Read(Paragraph paragraph, FieldState fields, int depthLimit)
    {
        var text = new InlineText(fields, depthLimit);
        text.Walk(paragraph, 0);
        text.Lines.Add(text._line.ToString());
        return text;
    }

    /// <summary>
    /// A cell's paragraph whose first run is a short phrase (no punctuation, ending in a Chinese character) and whose
    /// next run, formatted the same and right after it, writes sentences: a converter dropped the line break between
    /// them (pandoc leaves out a markdown cell's &lt;br&gt;, and only the end of its run is left), so the phrase — a key
    /// project's name over its figures — is a line of its own. A writer that has nothing between the two writes them
    /// as one run (LibreOffice parts runs where the script changes, so its next run starts with no Chinese sentence).
    /// </summary>
    public void BreakAfterLeadingPhrase(Paragraph paragraph)
    {
        var first = paragraph.ChildElements.FirstOrDefault(child => child is not ParagraphProperties);
        if (first is not Run run || run.NextSibling() is not Run next || !PlainText(run) || !PlainText(next)
            || run.RunProperties?.OuterXml != next.RunProperties?.OuterXml
            || !run.GetAttributes().SequenceEqual(next.GetAttributes()))
        {
            return;
        }

        var phrase = string.Concat(run.Elements<WordText>().Select(text => text.Text));
        var rest = string.Concat(next.Elements<WordText>().Select(text => text.Text));
        if (phrase.Length is >= 2 and <= 40 && phrase[^1] is >= '\u4e00' and <= '\u9fff' && phrase.AsSpan().IndexOfAny(PhraseStops) < 0
            && rest.AsSpan().IndexOfAny(SentenceMarks) >= 0 && Lines[0].Length > phrase.Length && Lines[0].StartsWith(phrase, StringComparison.Ordinal))
        {
            Lines.Insert(1, Lines[0][phrase.Length..]);
            Lines[0] = phrase;
        }
    }

    private static readonly System.Buffers.SearchValues<char> PhraseStops = System.Buffers.SearchValues.Create("，。；：、！？,;:!?");

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("，。；");

    /// <summary>A run of text only: its properties and w:t, nothing that breaks a line or is no text.</summary>
    private static bool PlainText(Run run) => run.ChildElements.All(child => child is RunProperties or WordText);

    private void Walk(OpenXmlElement parent, int depth)
    {
        if (depth > _depthLimit)
        {
            throw new DocumentProblem($"文档结构嵌套超过 {_depthLimit} 层，疑似损坏或恶意构造，未读取");
        }

        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case WordText text:
                    PrintLines(text.Text);
                    break;
                case MathText text:
                    Print(text.Text);
                    break;
                case TabChar or PositionalTab:
                    Print("\t");
                    break;
                case Break or CarriageReturn when _fields.Shows:
                    Lines.Add(_line.ToString());
                    _line.Clear();
                    break;
                case NoBreakHyphen:
                    Print("-");
                    break;
                case SymbolChar symbol:
                    Print(Symbol(symbol));
                    break;
                case FieldChar fieldChar:
                    _fields.Char(fieldChar);
                    break;
                case FieldCode code:
                    _fields.Code(code.Text);
                    break;
                case TextBoxContent box:
                    TextBoxes.Add(box);
                    break;
                case AlternateContent alternate:
                    if (Branch(alternate) is { } branch)
                    {
                        Walk(branch, depth + 1);
                    }

                    break;
                case Run run when !IsHidden(run):
                    Walk(run, depth + 1);
                    break;
                case Run or DeletedRun or MoveFromRun or ParagraphProperties or RunProperties or RubyContent or DeletedText or DeletedFieldCode:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        Walk(child, depth + 1);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A line feed typed into w:t is no Word typing (Word writes w:br): converters write it for a line break of their
    /// source (AbiWord for an HTML &lt;br&gt;), and it starts a new line as w:br does.
    /// </summary>
    private void PrintLines(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal) || !_fields.Shows)
        {
            Print(text);
            return;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Print(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            Lines.Add(_line.ToString());
            _line.Clear();
            Print(line);
        }
    }

    private void Print(string text)
    {
        if (_fields.Shows)
        {
            _line.Append(text);
        }
    }

    /// <summary>The first mc:Choice, else the fallback: both hold the same text box, and reading both would print it twice.</summary>
    public static OpenXmlElement? Branch(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    /// <summary>Text formatted as hidden (w:vanish) is not printed.</summary>
    private static bool IsHidden(Run run) => run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);

    /// <summary>A w:sym whose code is a real character; symbol fonts' private-use codes print as nothing we can read.</summary>
    private static string Symbol(SymbolChar symbol) =>
        int.TryParse(symbol.Char?.Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
        && code is >= 0x20 and < 0xD800 or > 0xF8FF and <= 0xFFFD ? ((char)code).ToString() : "";
}
