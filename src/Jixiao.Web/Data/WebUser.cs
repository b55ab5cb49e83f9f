using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Data;

/// <summary>A person who signs in: an Identity user with the department they belong to (null for the bureau's own staff).</summary>
public sealed class WebUser : IdentityUser
{
    /// <summary>The Storage department's id (departments.id) a 填报人 or 审核人 works for; null for 复核人 and 管理员.</summary>
    public long? DepartmentId { get; set; }

    /// <summary>The name shown on pages and written into revisions and the audit log.</summary>
    public string DisplayName { get; set; } = "";
}
