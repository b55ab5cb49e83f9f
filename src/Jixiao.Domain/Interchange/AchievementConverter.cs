using Jixiao.Domain.Model;

namespace Jixiao.Domain.Interchange;

internal sealed class AchievementConverter() : NamedEnumConverter<Achievement>(
    new Dictionary<Achievement, string>
    {
        [Achievement.Achieved] = "达成",
        [Achievement.PartlyAchieved] = "部分达成",
        [Achievement.NotAchieved] = "未达成",
    });
