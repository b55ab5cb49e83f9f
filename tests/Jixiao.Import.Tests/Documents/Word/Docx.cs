using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>
/// Builds real .docx files for the reader's tests: heading styles defined as Word defines them, list definitions
/// in numbering.xml, and every file checked with OpenXmlValidator (the SDK writes invalid child orders silently).
/// </summary>
internal sealed class Docx
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _instances = [];
    private readonly List<Style> _styles = [];

    public Docx Add(params OpenXmlElement[] elements)
    {
        _body.AddRange(elements);
        return this;
    }

    public Docx Paragraph(string text, string? style = null) => Add(Para(text, style));

    /// <summary>A paragraph of list <paramref name="list"/> at <paramref name="level"/> (0 = top).</summary>
    public Docx Item(int list, int level, string text) => Add(Para(text, numbering: (list, level)));

    /// <summary>A list whose levels print as given, e.g. ("chineseCounting", "%1、"), ("decimal", "%2.").</summary>
    public int List(params (string Format, string Text)[] levels)
    {
        var id = _abstracts.Count + 1;
        var definition = new AbstractNum { AbstractNumberId = id };
        definition.Append(new MultiLevelType { Val = MultiLevelValues.Multilevel });
        for (var i = 0; i < levels.Length; i++)
        {
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new NumberFormatValues(levels[i].Format) },
                new LevelText { Val = levels[i].Text },
                new LevelJustification { Val = LevelJustificationValues.Left })
            { LevelIndex = i });
        }

        _abstracts.Add(definition);
        return Instance(id);
    }

    /// <summary>Another instance of <paramref name="list"/>'s definition, starting <paramref name="level"/> again at <paramref name="start"/>.</summary>
    public int Restart(int list, int level, int start)
    {
        var id = Another(list);
        _instances[^1].Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
        return id;
    }

    /// <summary>Another instance of <paramref name="list"/>'s definition, without overrides.</summary>
    public int Another(int list) => Instance(_instances.Single(instance => instance.NumberID!.Value == list).AbstractNumId!.Val!.Value);

    /// <summary>A paragraph style, numbered by <paramref name="list"/> or with an outline level when given.</summary>
    public Docx Style(string id, string name, int? list = null, int? level = null, int? outline = null, string basedOn = "a")
    {
        var properties = new StyleParagraphProperties();
        if (list is { } numbered)
        {
            var numbering = new NumberingProperties();
            if (level is { } ilvl)
            {
                numbering.Append(new NumberingLevelReference { Val = ilvl });
            }

            numbering.Append(new NumberingId { Val = numbered });
            properties.Append(numbering);
        }

        if (outline is { } outlineLevel)
        {
            properties.Append(new OutlineLevel { Val = outlineLevel });
        }

        _styles.Add(new Style(new StyleName { Val = name }, new BasedOn { Val = basedOn }, properties) { Type = StyleValues.Paragraph, StyleId = id });
        return this;
    }

    public static Paragraph Para(string text, string? style = null, (int List, int Level)? numbering = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (numbering is var (list, level))
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list }));
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(Run(text));
        return paragraph;
    }

    public static Run Run(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Saves the document, fails the test if the SDK finds it invalid, and returns its bytes.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body([.. _body.Select(element => element.CloneNode(true)), new SectionProperties()]));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles([.. _styles.Select(style => style.CloneNode(true))]);
            if (_abstracts.Count > 0)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering([.. _abstracts.Select(a => a.CloneNode(true)), .. _instances.Select(i => i.CloneNode(true))]);
            }

            AssertValid(document);
        }

        return stream.ToArray();
    }

    public static void AssertValid(WordprocessingDocument document)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private int Instance(int definition)
    {
        var id = _instances.Count + 1;
        _instances.Add(new NumberingInstance(new AbstractNumId { Val = definition }) { NumberID = id });
        return id;
    }

    /// <summary>Heading 1–3 as Word names them (Chinese Word gives them the ids 1, 2, 3), and Title; none sets an outline level.</summary>
    private static Styles Styles(OpenXmlElement[] more)
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "a", Default = true });
        styles.Append(new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "a" }) { Type = StyleValues.Paragraph, StyleId = "Title" });
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(new Style(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "a" }) { Type = StyleValues.Paragraph, StyleId = $"{level}" });
        }

        styles.Append(more);
        return styles;
    }
}
