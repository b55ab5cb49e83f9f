using Jixiao.Domain.Model;
using Jixiao.Storage.Saving;

namespace Jixiao.Storage.Reading;

/// <summary>A revision read back: its place in the history and the evaluation exactly as it was saved.</summary>
internal sealed record StoredRevision(EvaluationRow Row, RevisionInfo Info, Evaluation Evaluation, string Json);
