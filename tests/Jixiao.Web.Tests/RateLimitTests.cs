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

        // Three attempts a minute: the page itself may be read any number of times, the fourth attempt is refused.
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    public void Dispose() => _app.Dispose();
}
