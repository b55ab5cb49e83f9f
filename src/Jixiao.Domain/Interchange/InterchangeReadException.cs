using System.Text.Json;

namespace Jixiao.Domain.Interchange;

/// <summary>A complaint of our own about the JSON being read, already in Chinese; the reader adds where it happened.</summary>
internal sealed class InterchangeReadException(string message) : JsonException(message);
