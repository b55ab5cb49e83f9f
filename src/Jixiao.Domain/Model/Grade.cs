namespace Jixiao.Domain.Model;

/// <summary>The grade (等级); the interchange writes 优 / 良 / 中 / 差.</summary>
public enum Grade
{
    /// <summary>优.</summary>
    Excellent,

    /// <summary>良.</summary>
    Good,

    /// <summary>中.</summary>
    Fair,

    /// <summary>差.</summary>
    Poor,
}
