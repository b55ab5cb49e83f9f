namespace Jixiao.Web.Security;

/// <summary>The headers every response carries: no framing, no sniffing, no referrer leaks, scripts and styles only from this site.</summary>
internal static class SecurityHeaders
{
    /// <summary>The API reference page (Scalar) runs its own inline script and styles; every other page runs only /js files.</summary>
    private const string Policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private const string ReferencePolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference", StringComparison.Ordinal) ? ReferencePolicy : Policy;
        await next(context).ConfigureAwait(false);
    });
}
