namespace Jixiao.Import.Documents.Excel;

internal static class XlsxReader
{
    public static LaidOutText Read(Stream package) => throw new DocumentProblem("尚未实现");
}
