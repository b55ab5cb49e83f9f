using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Interchange;

/// <summary>Grades are written 优 / 良 / 中 / 差; the longer forms (优秀, 良好, 合格 …) read as those.</summary>
internal sealed class GradeConverter() : NamedEnumConverter<Grade>(
    Enum.GetValues<Grade>().ToDictionary(grade => grade, GradeNames.ToChinese),
    GradeNames.Aliases);
