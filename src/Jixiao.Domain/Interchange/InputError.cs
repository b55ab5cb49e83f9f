namespace Jixiao.Domain.Interchange;

/// <summary>
/// Why an input cannot be used, and where: <see cref="Place"/> is a field path ("budget.actual"),
/// prefixed by the line when the JSON reader knows it ("第 3 行 budget.actual").
/// </summary>
public sealed record InputError(string Place, string Message)
{
    public override string ToString() => Place.Length == 0 ? Message : $"{Place}: {Message}";
}
