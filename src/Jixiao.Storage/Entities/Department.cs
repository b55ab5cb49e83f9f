namespace Jixiao.Storage.Entities;

/// <summary>
/// A unit of the bureau's hierarchy (市 → 区县 → 部门 → 单位), known by its full name and, once the bureau's list is
/// loaded, its code. A department first seen in an imported report has no code and no parent until the list gives them.
/// </summary>
internal sealed class Department
{
    public Department(string name, string? code, DepartmentLevel level, long? parentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Code = string.IsNullOrWhiteSpace(code) ? null : code;
        Level = level;
        ParentId = parentId;
    }

    public long Id { get; private set; }

    /// <summary>The full name as reports print it (云溪市青禾区司法局); unique.</summary>
    public string Name { get; private set; }

    /// <summary>The bureau's code for the unit; unique when present.</summary>
    public string? Code { get; private set; }

    public DepartmentLevel Level { get; private set; }

    public long? ParentId { get; private set; }

    /// <summary>Whether the bureau expects a self-evaluation from it each year (应报): set by the bureau's list.</summary>
    public bool Reports { get; private set; }

    public void Place(string? code, DepartmentLevel level, long? parentId, bool reports)
    {
        Code = string.IsNullOrWhiteSpace(code) ? Code : code;
        Level = level;
        ParentId = parentId;
        Reports = reports;
    }
}
