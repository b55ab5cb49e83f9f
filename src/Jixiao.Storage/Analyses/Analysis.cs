using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>One of the bureau's analyses (`jixiao db analyse NAME --year Y`): a rerunnable query whose answer is a sheet.</summary>
internal sealed record Analysis(string Name, string Title, string Description, Func<JixiaoDb, int, Sheet> Run);
