using Jixiao.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jixiao.Web.Pages;

/// <summary>Sign-in with Identity: lockout after 5 failures, and at most N attempts a minute per address (<see cref="WebApp.LoginPolicy"/>).</summary>
[EnableRateLimiting(WebApp.LoginPolicy)]
public sealed class LoginModel(SignInManager<WebUser> signIn) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Problem = result.IsLockedOut ? "登录失败次数过多，账号已锁定 15 分钟" : "用户名或密码不正确";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
