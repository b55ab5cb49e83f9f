namespace Jixiao.Import.Recognizers;

/// <summary>A number printed in a text: where (<see cref="Start"/>, and <see cref="End"/> after its unit), its exact value and its unit ("" when none).</summary>
internal readonly record struct Mention(int Start, int Length, decimal Value, string Unit, int End)
{
    public bool IsMoney => Unit is "万元" or "元" or "亿元";

    /// <summary>Decimals as printed: 16.6 has one.</summary>
    public int Scale => Value.Scale;
}
