using Jixiao.Domain.Model;

namespace Jixiao.Domain.Interchange;

internal sealed class SeverityConverter() : NamedEnumConverter<Severity>(
    new Dictionary<Severity, string> { [Severity.Error] = "error", [Severity.Warning] = "warning", [Severity.Info] = "info" });
