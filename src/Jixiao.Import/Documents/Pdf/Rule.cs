namespace Jixiao.Import.Documents.Pdf;

/// <summary>A ruled line in a page's frame: at <see cref="At"/> (y for a horizontal rule, x for a vertical one), from <see cref="From"/> to <see cref="To"/> along it.</summary>
internal readonly record struct Rule(double At, double From, double To)
{
    public bool Covers(double along, double slack = 0) => along >= From - slack && along <= To + slack;
}
