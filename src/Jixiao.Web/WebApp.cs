using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Jixiao.Import.Workers;
using Jixiao.Storage;
using Jixiao.Web.Api;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

namespace Jixiao.Web;

/// <summary>The app's services and request pipeline, in one place for Program and the tests.</summary>
internal static partial class WebApp
{
    public const string LoginPolicy = "login";

    public static WebApplication Build(string[] args)
    {
        // The content root is the build output (wwwroot and appsettings.json are copied there), wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection("Jixiao").Get<WebOptions>() ?? new WebOptions();
        var location = StoreLocation.Resolve(options.Db.Length > 0 ? options.Db : DefaultDatabase());
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(location);
        builder.Services.AddSingleton(_ => JixiaoStore.Open(location));
        // The options are built once: a request makes only the context.
        var sqliteOptions = location.Provider == StoreProvider.Sqlite ? SqliteWebDb.Options(location.ConnectionString) : null;
        var postgresOptions = location.Provider == StoreProvider.Postgres ? PostgresWebDb.Options(location.ConnectionString) : null;
        builder.Services.AddScoped<WebDb>(_ => sqliteOptions is not null ? new SqliteWebDb(sqliteOptions) : new PostgresWebDb(postgresOptions!));
        // Uploads are read in worker processes (this program in its worker mode): a document that kills its reader
        // (a stack overflow, memory past the limit) fails its upload instead of taking the server down.
        builder.Services.AddSingleton(_ => new WorkerPool(WorkerStart.Of(AppContext.BaseDirectory, "Jixiao.Web") with { StackBytes = options.ReadingStackKilobytes * 1024 }));
        builder.Services.AddScoped<BureauService>();
        builder.Services.AddScoped<BureauSettings>();
        builder.Services.AddSingleton<ScoredViews>();
        builder.Services.AddSingleton<ReadFacts>();
        // Chinese is written as characters, not as &#x…; entities (pages stay readable and half the size).
        builder.Services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        AddIdentity(builder.Services, options);
        builder.Services.AddDataProtection().SetApplicationName("Jixiao").PersistKeysToDbContext<WebDb>();
        builder.Services.AddAntiforgery(antiforgery => antiforgery.HeaderName = "X-CSRF-TOKEN");
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/Login");
            pages.Conventions.AllowAnonymousToPage("/Error");
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Jixiao 绩效自评 API";
            document.Info.Description = "部门整体支出绩效自评：列表、交换格式 JSON、保存新版本、复核流程、文档下载、财政局汇总与分析。";
            return Task.CompletedTask;
        }));
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + (1024 * 1024));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count (POST): reading the login page again after a typo does not use one up.
            limiter.AddPolicy(LoginPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("page"));
        });

        var app = builder.Build();
        // No stack trace reaches a user: the API answers ProblemDetails, a page the error page with a request id.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            api => api.UseExceptionHandler());
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            pages => pages.UseExceptionHandler("/Error"));
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapJixiaoApi();
        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", scalar => scalar.WithTitle("Jixiao API").DisableDefaultFonts());
        return app;
    }

    private static void AddIdentity(IServiceCollection services, WebOptions options)
    {
        services.AddIdentity<WebUser, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<WebDb>()
            .AddClaimsPrincipalFactory<WebClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "jixiao";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Login";
            cookie.AccessDeniedPath = "/Login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // The API answers 401/403 instead of sending a browser to the login page.
            cookie.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });
        // Roles and departments are read from the cookie; a changed role or a locked user is noticed within a minute.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));
        _ = options;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The web's own demo database, apart from the CLI's (a demo bureau is seeded into it).</summary>
    private static string DefaultDatabase() =>
        Path.Combine(Path.GetDirectoryName(StoreLocation.DefaultSqlitePath)!, "jixiao-web.db");
}
