using Jixiao.Domain.Model;

namespace Jixiao.Domain.Numbers;

/// <summary>The bands of a qualitative indicator as people write them.</summary>
public static class AchievementNames
{
    public static string ToChinese(Achievement achievement) => achievement switch
    {
        Achievement.Achieved => "达成",
        Achievement.PartlyAchieved => "部分达成",
        Achievement.NotAchieved => "未达成",
        _ => throw new ArgumentOutOfRangeException(nameof(achievement), achievement, null),
    };
}
