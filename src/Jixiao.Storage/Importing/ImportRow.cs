using Jixiao.Storage.Saving;

namespace Jixiao.Storage.Importing;

/// <summary>What `db import` did with one file: stored as which revision of which evaluation, skipped, or why it failed.</summary>
internal sealed record ImportRow(string File, ImportStatus Status, string Problem = "")
{
    public EvaluationKey? Key { get; init; }

    public int Revision { get; init; }

    /// <summary>The stored evaluation's printed total score; kept instead of the evaluation, which a long import must not hold on to.</summary>
    public decimal? Score { get; init; }

    /// <summary>The stored evaluation's findings of severity error.</summary>
    public int Errors { get; init; }

    public string StatusText => Status switch
    {
        ImportStatus.Stored => $"已入库（{Key}，第 {Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)} 版）",
        ImportStatus.AlreadyStored => "已入库过（同一文件），跳过",
        ImportStatus.Skipped => "跳过：" + Problem,
        _ => "失败：" + Problem,
    };
}
