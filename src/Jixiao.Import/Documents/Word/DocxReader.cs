namespace Jixiao.Import.Documents.Word;

internal static class DocxReader
{
    public static LaidOutText Read(Stream package) => throw new DocumentProblem("尚未实现");
}
