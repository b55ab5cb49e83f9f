using Jixiao.Storage.Entities;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin;

/// <summary>The 管理员's users: who has which role in which department; new users, each audited.</summary>
public sealed class UsersModel : JixiaoPage
{
    internal IReadOnlyList<(WebUser User, string Role, string Department)> Users { get; private set; } = [];

    internal IReadOnlyList<Department> Departments { get; private set; } = [];

    internal IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Done { get; private set; }

    private UserManager<WebUser> Manager => HttpContext.RequestServices.GetRequiredService<UserManager<WebUser>>();

    public async Task<IActionResult> OnGetAsync() => Viewer.Role == Roles.Admin ? await Load().ConfigureAwait(false) : Forbid();

    public async Task<IActionResult> OnPostAsync(string login, string name, string role, long? department, string password)
    {
        if (Viewer.Role != Roles.Admin)
        {
            return Forbid();
        }

        var problems = new List<string>();
        if (!Roles.All.Contains(role))
        {
            problems.Add("请选择角色");
        }
        else if (Roles.IsDepartmental(role) != department.HasValue)
        {
            problems.Add(Roles.IsDepartmental(role) ? $"{role}须属于一个部门" : $"{role}不属于部门");
        }

        if (problems.Count == 0)
        {
            var user = new WebUser { UserName = login?.Trim(), DisplayName = (name ?? "").Trim(), DepartmentId = Roles.IsDepartmental(role) ? department : null, EmailConfirmed = true };
            var created = await Manager.CreateAsync(user, password ?? "").ConfigureAwait(false);
            if (created.Succeeded)
            {
                await Manager.AddToRoleAsync(user, role).ConfigureAwait(false);
                await Bureau.AuditSetting(Viewer, "user", $"用户 {user.UserName}", $"新建：{role}，{user.DisplayName}", Aborted).ConfigureAwait(false);
                Done = $"已新建用户 {user.UserName}（{role}）";
            }
            else
            {
                problems.AddRange(created.Errors.Select(e => Chinese(e)));
            }
        }

        Problems = problems;
        return await Load().ConfigureAwait(false);
    }

    /// <summary>Locks a user out (until unlocked) or lets them in again; their cookie stops working within a minute (the security stamp changes).</summary>
    public async Task<IActionResult> OnPostLockAsync(string user, bool locked)
    {
        if (Viewer.Role != Roles.Admin)
        {
            return Forbid();
        }

        var found = await Manager.FindByIdAsync(user ?? "").ConfigureAwait(false);
        if (found is null || found.Id == Viewer.UserId)
        {
            Problems = [found is null ? "没有这个用户" : "不能锁定自己"];
            return await Load().ConfigureAwait(false);
        }

        await Manager.SetLockoutEndDateAsync(found, locked ? DateTimeOffset.MaxValue : null).ConfigureAwait(false);
        await Manager.UpdateSecurityStampAsync(found).ConfigureAwait(false);
        await Bureau.AuditSetting(Viewer, "user", $"用户 {found.UserName}", locked ? "锁定" : "解锁", Aborted).ConfigureAwait(false);
        Done = $"已{(locked ? "锁定" : "解锁")}用户 {found.UserName}";
        return await Load().ConfigureAwait(false);
    }

    private static string Chinese(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "密码至少 10 位",
        "PasswordRequiresDigit" => "密码须含数字",
        "PasswordRequiresLower" => "密码须含小写字母",
        "PasswordRequiresNonAlphanumeric" => "密码须含符号（如 # ! -）",
        "DuplicateUserName" => "用户名已存在",
        "InvalidUserName" => "用户名只能用字母、数字和 - . _ @ +",
        _ => error.Description,
    };

    private async Task<IActionResult> Load()
    {
        Departments = await Bureau.Departments(Aborted).ConfigureAwait(false);
        var names = Departments.ToDictionary(d => d.Id, d => d.Name);
        var users = await Bureau.Web.Users.OrderBy(u => u.UserName).ToListAsync(Aborted).ConfigureAwait(false);
        var roles = await (from ur in Bureau.Web.UserRoles join r in Bureau.Web.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name ?? "", Aborted).ConfigureAwait(false);
        Users = [.. users.Select(u => (u, roles.GetValueOrDefault(u.Id) ?? "", u.DepartmentId is { } d ? names.GetValueOrDefault(d) ?? "" : ""))];
        return Page();
    }
}
