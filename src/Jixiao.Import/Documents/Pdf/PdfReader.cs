namespace Jixiao.Import.Documents.Pdf;

internal static class PdfReader
{
    public static LaidOutText Read(byte[] pdf, ExtractionOptions options, CancellationToken cancellation) => throw new DocumentProblem("尚未实现");
}
