namespace Jixiao.Domain.Model;

/// <summary>The band of a qualitative indicator.</summary>
public enum Achievement
{
    /// <summary>达成.</summary>
    Achieved,

    /// <summary>部分达成.</summary>
    PartlyAchieved,

    /// <summary>未达成.</summary>
    NotAchieved,
}
