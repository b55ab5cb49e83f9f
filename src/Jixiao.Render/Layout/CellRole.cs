namespace Jixiao.Render.Layout;

/// <summary>What a cell is on the form, which decides its font, fill and alignment in every writer.</summary>
internal enum CellRole
{
    /// <summary>A printed label of the form (部门名称, 预算完成率): centred.</summary>
    Label,

    /// <summary>A column heading of a table part (一级指标, 分值): bold, centred, repeated on every page.</summary>
    Header,

    /// <summary>What the department filled in.</summary>
    Value,

    /// <summary>A subtotal or total row: bold.</summary>
    Total,
}
