using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Recognizers;

/// <summary>A printed grade word as the model stores it: 优秀 → 优 … (domain.md); anything else is no grade.</summary>
internal static class GradeWords
{
    public static Grade? Of(string word) => word switch
    {
        "优" => Grade.Excellent,
        "良" => Grade.Good,
        "中" => Grade.Fair,
        "差" => Grade.Poor,
        _ => GradeNames.Aliases.TryGetValue(word, out var grade) ? grade : null,
    };
}
