namespace Jixiao.Domain.Model;

/// <summary>The project of a project evaluation; <see cref="Supervisor"/> is its 主管部门.</summary>
public sealed record ProjectInfo
{
    public string? Name { get; init; }

    public string? Code { get; init; }

    public string? Supervisor { get; init; }
}
