using Jixiao.Domain.Model;

namespace Jixiao.Domain.Numbers;

/// <summary>Grades as people write them: 优 / 良 / 中 / 差, and the longer forms reports print.</summary>
public static class GradeNames
{
    /// <summary>The longer forms reports print, each with the grade it means.</summary>
    public static IReadOnlyDictionary<string, Grade> Aliases { get; } = new Dictionary<string, Grade>(StringComparer.Ordinal)
    {
        ["优秀"] = Grade.Excellent,
        ["良好"] = Grade.Good,
        ["中等"] = Grade.Fair,
        ["合格"] = Grade.Fair,
        ["较差"] = Grade.Poor,
        ["不合格"] = Grade.Poor,
    };

    /// <summary>The stored name: 优, 良, 中 or 差.</summary>
    public static string ToChinese(Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        Grade.Poor => "差",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

}
