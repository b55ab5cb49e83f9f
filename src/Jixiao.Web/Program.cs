using Jixiao.Web;

var app = WebApp.Build(args);
await WebApp.Initialize(app).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
