using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Interchange;

internal sealed class AchievementConverter() : NamedEnumConverter<Achievement>(
    Enum.GetValues<Achievement>().ToDictionary(achievement => achievement, AchievementNames.ToChinese));
