using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests;

/// <summary>The domain references no package and does no I/O: only the framework's own assemblies, and no file, network or console types.</summary>
public class DomainPurityTests
{
    private static readonly Assembly s_domain = typeof(Evaluation).Assembly;

    [Fact]
    public void Domain_ReferencesOnlyFrameworkAssemblies()
    {
        var references = s_domain.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib",
            $"Jixiao.Domain references {name}"));
        Assert.DoesNotContain(references, name => name.StartsWith("Jixiao", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_UsesNoFileNetworkOrConsoleTypes()
    {
        string[] forbidden =
        [
            "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.Directory", "System.IO.DirectoryInfo",
            "System.IO.Path", "System.Console", "System.Environment", "System.Diagnostics.Process", "System.Net.", "System.DateTime",
        ];

        var used = ReferencedTypeNames(s_domain.Location);

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, name => forbidden.Any(prefix => name == prefix || (prefix.EndsWith('.') && name.StartsWith(prefix, StringComparison.Ordinal))));
    }

    private static List<string> ReferencedTypeNames(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeReferences
            .Select(handle => reader.GetTypeReference(handle))
            .Select(type => $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}")
            .ToList();
    }
}
