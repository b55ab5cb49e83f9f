using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Import.Workers;

/// <summary>One document to read: its name, its length (its bytes follow the line) and the options it is read with.</summary>
internal sealed record WorkerRequest(
    string Name, int Length, bool Provenance, int MaxBytes, int MaxCharacters, long MaxFileBytes, int MaxPages, long MaxExpandedBytes, string? Rules);

/// <summary>What a worker read: the evaluation as interchange JSON, or the problem; the kind of file it was.</summary>
internal sealed record WorkerResponse(string Kind, string? Problem, string Encoding, string? Evaluation);

/// <summary>The protocol's JSON: one object a line.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerResponse))]
internal sealed partial class WorkerJson : JsonSerializerContext;
