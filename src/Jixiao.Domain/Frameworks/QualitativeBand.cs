using Jixiao.Domain.Model;

namespace Jixiao.Domain.Frameworks;

/// <summary>
/// The score range of a qualitative band, in percent of the weight (达成 80–100). <see cref="Default"/>
/// is the score given when the evaluation states the band but no score.
/// </summary>
public sealed record QualitativeBand
{
    public Achievement Achievement { get; init; }

    public decimal Min { get; init; }

    public decimal Max { get; init; }

    public decimal Default { get; init; }
}
