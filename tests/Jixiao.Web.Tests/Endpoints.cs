using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>Every route the app maps, read from its EndpointDataSource: the API's endpoints with their methods, the pages with their handlers.</summary>
internal static partial class Endpoints
{
    public static IReadOnlyList<(string Method, string Pattern, string? Handler)> All(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var routes = new List<(string, string, string?)>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var model = PageModel(page.ViewEnginePath);
                routes.Add(("GET", pattern, null));
                foreach (var handler in Handlers(model))
                {
                    routes.Add(("POST", pattern, handler));
                }
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                routes.AddRange(methods.Select(method => (method, pattern, (string?)null)));
            }
        }

        return [.. routes.Distinct()];
    }

    /// <summary>The route with its parameters filled in: an evaluation's id, revision 1, an upload, a document.</summary>
    public static string Fill(string pattern, long id, long uploadId) =>
        Parameter().Replace(pattern, match => match.Groups[1].Value switch
        {
            "id" => id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "number" => "1",
            "uploadId" => uploadId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "kind" => "table",
            "format" => "html",
            "name" => "distribution",
            "documentName" => "v1",
            var other => throw new InvalidOperationException($"The test does not know how to fill {{{other}}} in {pattern}"),
        });

    public static bool NamesAnEvaluation(string pattern) => pattern.Contains("{id", StringComparison.Ordinal);

    private static Type? PageModel(string viewEnginePath)
    {
        var name = "Jixiao.Web.Pages" + viewEnginePath.Replace('/', '.') + "Model";
        return typeof(Program).Assembly.GetType(name);
    }

    private static IEnumerable<string> Handlers(Type? model) =>
        model is null ? [] : model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => PostHandler().Match(m.Name))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^OnPost(\w*?)(Async)?$")]
    private static partial Regex PostHandler();
}
