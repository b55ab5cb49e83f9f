using Jixiao.Domain.Model;

namespace Jixiao.Import.Extraction;

/// <summary>One reading of a field: the value, where it was printed, and how much the reading is worth (higher wins).</summary>
internal sealed record Candidate(object Value, Source Source, int Strength);
