using Jixiao.Storage.Saving;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Demo;

/// <summary>
/// Fills an empty database with the demo bureau: six departments × 2023–2025, a 填报人 and a 审核人 per department, two
/// 复核人 and a 管理员 (one shared password), the evaluations in every workflow state, some returned or reviewed.
/// </summary>
internal static class DemoSeeder
{
    public static async Task<IReadOnlyList<(string Login, string Role, string Name)>> Seed(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<WebUser>>();
        var bureau = services.GetRequiredService<BureauService>();
        var settings = services.GetRequiredService<BureauSettings>();
        var store = bureau.Store;
        var logins = new List<(string, string, string)>();
        for (var i = 0; i < DemoData.Departments.Count; i++)
        {
            var department = DemoData.Departments[i];
            var filler = $"{Short(department.Name)}填报人";
            foreach (var year in DemoData.Years)
            {
                var (evaluation, _) = await settings.Prepare(DemoEvaluations.Make(department, i, year)).ConfigureAwait(false);
                store.Save(evaluation, new SaveRequest(filler, "演示数据"));
            }

            await using var db = store.NewDb();
            var departmentId = await db.Departments.Where(d => d.Name == department.Name).Select(d => d.Id).SingleAsync().ConfigureAwait(false);
            logins.Add(await User(users, "tb-" + department.Login, Roles.Filler, filler, departmentId).ConfigureAwait(false));
            logins.Add(await User(users, "sh-" + department.Login, Roles.Head, $"{Short(department.Name)}审核人", departmentId).ConfigureAwait(false));
        }

        logins.Add(await User(users, "fuhe", Roles.Reviewer, "财政局复核人", null).ConfigureAwait(false));
        logins.Add(await User(users, "fuhe2", Roles.Reviewer, "财政局复核人（二）", null).ConfigureAwait(false));
        logins.Add(await User(users, "admin", Roles.Admin, "财政局管理员", null).ConfigureAwait(false));
        await Workflow(bureau).ConfigureAwait(false);
        return logins;
    }

    /// <summary>Walks the evaluations through the workflow: earlier years published or approved, the latest in every state.</summary>
    private static async Task Workflow(BureauService bureau)
    {
        var head = new Viewer("", "部门审核人", Roles.Head, null);
        var reviewer = new Viewer("", "财政局复核人", Roles.Reviewer, null);
        var all = await bureau.List(new Viewer("", "", Roles.Admin, null), new ListFilter()).ConfigureAwait(false);
        string[] latest = [.. DemoData.Departments.Select(d => d.Name)];
        foreach (var item in all.OrderBy(i => i.Year).ThenBy(i => i.Department, StringComparer.Ordinal))
        {
            var facts = (await bureau.Facts(item.Id).ConfigureAwait(false))! with { State = "" };
            await bureau.Move(head, facts, "新建", WorkflowState.Draft, "").ConfigureAwait(false);
            // The latest year shows every state: 草稿, 已提交, 退回修改 (when the review finds errors), 已通过, by department.
            var step = item.Year < DemoData.Years[^1] ? 3 : Array.IndexOf(latest, item.Department) % 4;
            if (step == 0)
            {
                continue;
            }

            facts = (await bureau.Facts(item.Id).ConfigureAwait(false))!;
            await bureau.Move(head, facts, "提交", WorkflowState.Submitted, "请财政局复核").ConfigureAwait(false);
            if (step == 1)
            {
                continue;
            }

            facts = (await bureau.Facts(item.Id).ConfigureAwait(false))!;
            var accepted = step == 3 || item.Errors == 0;
            await bureau.Review(reviewer, facts, accepted, accepted ? "数据完整，同意。" : "执行数与执行率不一致，请核实后重新报送。", null, null).ConfigureAwait(false);
            if (accepted && item.Year == 2023)
            {
                facts = (await bureau.Facts(item.Id).ConfigureAwait(false))!;
                await bureau.Move(reviewer, facts, "发布", WorkflowState.Published, "").ConfigureAwait(false);
            }
        }
    }

    private static async Task<(string, string, string)> User(UserManager<WebUser> users, string login, string role, string name, long? departmentId)
    {
        var user = new WebUser { UserName = login, DisplayName = name, DepartmentId = departmentId, EmailConfirmed = true };
        var created = await users.CreateAsync(user, DemoData.Password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo user " + login + ": " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        return (login, role, name);
    }

    /// <summary>青禾区司法局 of 云溪市青禾区司法局.</summary>
    private static string Short(string name) => name.StartsWith("云溪市", StringComparison.Ordinal) ? name[3..] : name;
}
