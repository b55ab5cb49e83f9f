namespace Jixiao.Web.Api;

internal static partial class JixiaoApi
{
    private static void MapChanges(RouteGroupBuilder api) => _ = api;

    private static void MapWorkflow(RouteGroupBuilder api) => _ = api;

    private static void MapDocuments(RouteGroupBuilder api) => _ = api;

    private static void MapBureau(RouteGroupBuilder api) => _ = api;
}
