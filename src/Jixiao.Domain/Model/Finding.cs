namespace Jixiao.Domain.Model;

/// <summary>
/// Something a reviewer should see: a stable code, a severity, the field path it concerns
/// (as in the interchange JSON, e.g. "budget.carryover" or "indicators[12]") and a Chinese message with the numbers.
/// </summary>
public sealed record Finding
{
    public string Code { get; init; } = "";

    public Severity Severity { get; init; }

    public string Field { get; init; } = "";

    public string Message { get; init; } = "";
}
