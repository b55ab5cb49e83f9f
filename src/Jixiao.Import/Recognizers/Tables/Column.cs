namespace Jixiao.Import.Recognizers.Tables;

/// <summary>What a table column holds, told by its header.</summary>
internal enum Column
{
    None,
    Label,
    Initial,
    Adjusted,
    Actual,
    ExecutionRate,
    Weight,
    Score,
    Rate,
    Level1,
    Level2,
    Level3,
    Target,
    Achieved,
    Reason,
    TaskName,
    TaskContent,
    TaskTarget,
    TaskCompletion,
    KeyIndicator,
    KeyActual,
    Funds,
    Share,
}
