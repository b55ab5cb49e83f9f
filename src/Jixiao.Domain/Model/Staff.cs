namespace Jixiao.Domain.Model;

/// <summary>Staffing at the year's end, in persons.</summary>
public sealed record Staff
{
    /// <summary>在职在编.</summary>
    public int? Active { get; init; }

    /// <summary>其他人员.</summary>
    public int? Other { get; init; }

    /// <summary>离退休.</summary>
    public int? Retired { get; init; }
}
