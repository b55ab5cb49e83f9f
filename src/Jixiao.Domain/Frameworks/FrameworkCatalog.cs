using System.Reflection;
using Jixiao.Domain.Interchange;

namespace Jixiao.Domain.Frameworks;

/// <summary>The frameworks Jixiao knows: the built-in ones embedded in this assembly, plus any a user adds.</summary>
public sealed class FrameworkCatalog
{
    private const string ResourcePrefix = "Jixiao.Frameworks.";

    private readonly List<Framework> _frameworks;

    private FrameworkCatalog(IEnumerable<Framework> frameworks) => _frameworks = [.. frameworks];

    /// <summary>The frameworks shipped with Jixiao (docs/frameworks.md describes them).</summary>
    public static FrameworkCatalog BuiltIn { get; } = LoadBuiltIn();

    public IReadOnlyList<Framework> All => _frameworks;

    public Framework? Find(string id) => _frameworks.Find(framework => framework.Id == id);

    /// <summary>A catalogue with <paramref name="framework"/> added; a user's file replaces a built-in one of the same id.</summary>
    public FrameworkCatalog With(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new FrameworkCatalog(_frameworks.Where(known => known.Id != framework.Id).Append(framework));
    }

    /// <summary>Reads and validates a framework file's text.</summary>
    public static ReadResult<Framework> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var parsed = InterchangeJson.Deserialize<Framework>(json);
        if (!parsed.Succeeded)
        {
            return parsed;
        }

        var errors = FrameworkValidator.Validate(parsed.Value!);
        return errors.Count == 0 ? parsed : new ReadResult<Framework>(errors);
    }

    /// <summary>A framework as a file, to start one's own from a built-in one.</summary>
    public static string ToJson(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return System.Text.Json.JsonSerializer.Serialize(framework, InterchangeJson.Options) + "\n";
    }

    private static FrameworkCatalog LoadBuiltIn()
    {
        var assembly = typeof(FrameworkCatalog).Assembly;
        var frameworks = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => LoadResource(assembly, name));
        return new FrameworkCatalog(frameworks);
    }

    private static Framework LoadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd());

        // A broken built-in framework is a bug in Jixiao, not bad input.
        return result.Value ?? throw new InvalidOperationException(
            $"Built-in framework {name} is invalid: {string.Join("; ", result.Errors)}");
    }
}
