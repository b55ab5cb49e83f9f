namespace Jixiao.Domain.Model;

public enum Severity
{
    Error,
    Warning,
    Info,
}
