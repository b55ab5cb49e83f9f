using System.Globalization;
using System.Security.Claims;

namespace Jixiao.Web.Security;

/// <summary>Who is asking, read from the authentication cookie's claims (no database read per request).</summary>
internal sealed record Viewer(string UserId, string Name, string Role, long? DepartmentId)
{
    public const string DepartmentClaim = "jixiao:department";
    public const string NameClaim = "jixiao:name";

    public bool IsDepartmental => Roles.IsDepartmental(Role);

    /// <summary>The viewer of a signed-in principal, or null when it is anonymous or has no role of ours.</summary>
    public static Viewer? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        if (role is null)
        {
            return null;
        }

        var department = principal.FindFirstValue(DepartmentClaim) is { Length: > 0 } text
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : (long?)null;
        return new Viewer(id, principal.FindFirstValue(NameClaim) ?? principal.Identity.Name ?? id, role, department);
    }
}
