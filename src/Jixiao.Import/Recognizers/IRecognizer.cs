using Jixiao.Import.Extraction;

namespace Jixiao.Import.Recognizers;

/// <summary>One step of recognition: reads the document and proposes what it found on the board.</summary>
internal interface IRecognizer
{
    void Recognize(Document document, FieldBoard board);
}
