using System.Globalization;
using Jixiao.Import.Workers;
using Jixiao.Web;

// `Jixiao.Web worker --stack-bytes N`: a process the app reads uploaded documents in (see WebApp), not for people.
if (args is ["worker", "--stack-bytes", var stack])
{
    return WorkerLoop.Serve(Console.OpenStandardInput(), Console.OpenStandardOutput(), int.Parse(stack, CultureInfo.InvariantCulture));
}

var app = WebApp.Build(args);
await WebApp.Initialize(app).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>The entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
