namespace Jixiao.Import.Batch;

/// <summary>What became of one file of a batch (<see cref="BatchRow.StatusText"/> says it in Chinese).</summary>
public enum BatchStatus
{
    /// <summary>已读取: the parts a complete document of its kind has were found.</summary>
    Read,

    /// <summary>失败: the file could not be read, with the reason.</summary>
    Failed,

    /// <summary>跳过: not a document Jixiao reads (another type, a link, a lock file).</summary>
    Skipped,

    /// <summary>部分识别: some parts were found; the row says which were not.</summary>
    Partial,

    /// <summary>未能识别，需人工: a self-evaluation whose content Jixiao did not recognize.</summary>
    Unrecognized,

    /// <summary>非自评材料: a cover letter, a notice, a list of attachments.</summary>
    NotEvaluation,

    /// <summary>重复: the same bytes as another file of the batch.</summary>
    Duplicate,
}
