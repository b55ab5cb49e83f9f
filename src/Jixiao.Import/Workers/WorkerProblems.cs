namespace Jixiao.Import.Workers;

/// <summary>What the batch is told when a worker could not finish a document.</summary>
internal static class WorkerProblems
{
    public const string OutOfMemory = "读取时内存超过上限（文件过于复杂或为恶意构造），已放弃此文件";

    /// <summary>A worker that ended while reading: the reason told from its exit and the last words it wrote.</summary>
    public static string Crashed(int? exitCode, string stderr) =>
        stderr.Contains("Stack overflow", StringComparison.Ordinal) ? "读取时工作进程栈溢出而退出（文件嵌套过深或为恶意构造），已跳过此文件"
        : stderr.Contains("OutOfMemory", StringComparison.Ordinal) || stderr.Contains("Out of memory", StringComparison.OrdinalIgnoreCase) ? OutOfMemory
        : $"读取时工作进程意外退出（退出码 {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "未知"}），已跳过此文件";
}
