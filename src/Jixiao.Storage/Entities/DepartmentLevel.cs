namespace Jixiao.Storage.Entities;

/// <summary>The levels of a bureau's hierarchy, stored by name (City, County, Department, Unit).</summary>
internal enum DepartmentLevel
{
    /// <summary>市.</summary>
    City,

    /// <summary>区县.</summary>
    County,

    /// <summary>部门.</summary>
    Department,

    /// <summary>单位 (a unit under a department).</summary>
    Unit,
}
