namespace Jixiao.Domain.Numbers;

/// <summary>
/// A printed number with its unit ("66.55万人": 66.55, 万人). <see cref="BaseValue"/> and <see cref="BaseUnit"/>
/// fold the 万 / 亿 prefixes so that 66.55万人 and 665500人 compare equal.
/// </summary>
public readonly record struct Quantity(decimal Value, string Unit)
{
    public decimal BaseValue => Value * Multiplier;

    public string BaseUnit => Multiplier == 1m ? Unit : Unit[1..];

    private decimal Multiplier => Unit.StartsWith('万') ? 10_000m : Unit.StartsWith('亿') ? 100_000_000m : 1m;

    /// <summary>
    /// Whether two quantities can be compared: the same base unit (人 and 万人), or no unit on either side.
    /// A number printed without a unit is not assumed to be in the other's unit (0.95 is not 95%).
    /// </summary>
    public bool IsComparableWith(Quantity other) =>
        BaseUnit == other.BaseUnit && (Unit.Length == 0) == (other.Unit.Length == 0);

    /// <summary>As people read it: "12 次", "98.70%".</summary>
    public override string ToString() =>
        Unit.Length == 0 ? Number.Show(Value)
        : Unit is "%" or "‰" ? Number.Show(Value) + Unit
        : $"{Number.Show(Value)} {Unit}";
}
