using System.Globalization;
using System.Security.Claims;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Security;

/// <summary>Puts the user's department and display name into the cookie, so that scoping needs no lookup per request.</summary>
internal sealed class WebClaimsFactory(UserManager<WebUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WebUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WebUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(Viewer.NameClaim, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? user.Id));
        if (user.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(Viewer.DepartmentClaim, department.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
