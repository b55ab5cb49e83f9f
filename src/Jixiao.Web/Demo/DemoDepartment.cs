namespace Jixiao.Web.Demo;

/// <summary>
/// A fictional department of the demo bureau: its name, the short name its users are called by, the sample whose
/// shape its evaluations take, and its own work (tasks with an indicator and a unit) the texts are made from.
/// </summary>
internal sealed record DemoDepartment(string Name, string Login, string Sample, IReadOnlyList<DemoTask> Tasks);

/// <summary>One line of work: what is done, the indicator it is measured by, its unit and the yearly target.</summary>
internal sealed record DemoTask(string Name, string Indicator, string Unit, int Target);
