using System.Net;

namespace Jixiao.Web.Tests;

public sealed class RateLimitTests : IDisposable
{
    private readonly DemoApp _app = new(null, loginsPerMinute: 3);

    [Fact]
    public async Task Login_BeyondTheLimit_Gets429()
    {
        using var session = _app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await session.TrySignIn("tb-shichang", "wrong-password-1!");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
    }

    public void Dispose() => _app.Dispose();
}
