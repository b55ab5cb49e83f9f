namespace Jixiao.Domain.Interchange;

/// <summary>The outcome of reading an input: a value, or the errors that stopped it (never both).</summary>
public sealed record ReadResult<T>
    where T : class
{
    public ReadResult(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Errors = [];
    }

    public ReadResult(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    public ReadResult(InputError error)
        : this([error])
    {
    }

    public T? Value { get; }

    public IReadOnlyList<InputError> Errors { get; }

    public bool Succeeded => Value is not null;
}
