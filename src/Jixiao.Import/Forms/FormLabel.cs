namespace Jixiao.Import.Forms;

/// <summary>What a label of a form stands for.</summary>
internal enum LabelKind
{
    Title,
    Field,
    BudgetTitle,
    BudgetColumn,
    BudgetRow,
    Goals,
    IndicatorTitle,
    IndicatorColumn,
    Level1,
    Level2,
    Placeholder,
    Total,
    Grade,
    Stop,
}

/// <summary>
/// A label as the form describes it: its kind, the printed words it was matched with (folded), and what it names —
/// a field path, a column or a row of the grid.
/// </summary>
internal sealed record FormLabel(LabelKind Kind, string Key, string Name, int Index = -1);
