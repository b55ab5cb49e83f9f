using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests;

/// <summary>Conventions every public type of the domain keeps, checked by reflection.</summary>
public class ConventionTests
{
    private static readonly Type[] s_public = typeof(Evaluation).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = s_public.Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract).Select(type => type.FullName).ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void ModelRecords_HaveNoPublicSetters()
    {
        var settable = s_public.Where(type => type.Namespace == "Jixiao.Domain.Model")
            .SelectMany(type => type.GetProperties())
            .Where(property => property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(modifier => modifier.Name == "IsExternalInit"))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}")
            .ToList();

        Assert.Empty(settable);
    }

    [Fact]
    public void Money_IsNeverDouble()
    {
        var floating = s_public.SelectMany(type => type.GetProperties())
            .Where(property => property.PropertyType == typeof(double) || property.PropertyType == typeof(float)
                || property.PropertyType == typeof(double?) || property.PropertyType == typeof(float?))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}")
            .ToList();

        Assert.Empty(floating);
    }
}
