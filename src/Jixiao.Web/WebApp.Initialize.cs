using Jixiao.Storage;
using Jixiao.Web.Data;
using Jixiao.Web.Demo;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web;

internal static partial class WebApp
{
    /// <summary>
    /// Migrates the web's tables (Storage migrates its own when opened), creates the four roles, and seeds the demo
    /// bureau into an empty database when asked, printing the demo logins. Several instances may start at once:
    /// EF Core's migration lock and the unique role names keep them from doing anything twice.
    /// </summary>
    public static async Task Initialize(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<WebOptions>();
        var location = app.Services.GetRequiredService<StoreLocation>();
        _ = app.Services.GetRequiredService<JixiaoStore>();
        await using var scope = app.Services.CreateAsyncScope();
        var web = scope.ServiceProvider.GetRequiredService<WebDb>();
        await web.Database.MigrateAsync().ConfigureAwait(false);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                try
                {
                    await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
                }
                catch (DbUpdateException)
                {
                    // Another instance created it at the same moment: its unique name made ours fail, which is fine.
                    web.ChangeTracker.Clear();
                }
            }
        }

        var demo = options.Demo ?? options.Db.Length == 0;
        // Printed, not logged: the first thing someone who ran `dotnet run --project src/Jixiao.Web` needs to read.
        var output = Console.Out;
        if (demo && !await web.Users.AnyAsync().ConfigureAwait(false) && await ClaimDemo(web, location).ConfigureAwait(false))
        {
            var logins = await DemoSeeder.Seed(scope.ServiceProvider).ConfigureAwait(false);
            await output.WriteLineAsync($"演示数据已写入 {location.Display}").ConfigureAwait(false);
            await output.WriteLineAsync($"演示账号（密码均为 {DemoData.Password}）：").ConfigureAwait(false);
            foreach (var (login, role, name) in logins)
            {
                await output.WriteLineAsync($"  {login,-14} {role}  {name}").ConfigureAwait(false);
            }
        }
        else if (demo)
        {
            await output.WriteLineAsync($"数据库 {location.Display}；演示账号的密码均为 {DemoData.Password}（如 tb-sifa 填报人、sh-sifa 审核人、fuhe 复核人、admin 管理员）").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync($"数据库 {location.Display}").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether this instance seeds the demo: the first to insert the web_settings row "demo" does; others starting at the
    /// same moment on the same database find the row taken and leave the seeding to it.
    /// </summary>
    private static async Task<bool> ClaimDemo(WebDb web, StoreLocation location)
    {
        web.Settings.Add(new StoredSetting("demo", "{}", "system", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        try
        {
            await web.SaveChangesAsync().ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            web.ChangeTracker.Clear();
            await Console.Out.WriteLineAsync($"数据库 {location.Display} 的演示数据由另一个实例写入").ConfigureAwait(false);
            return false;
        }
    }
}
