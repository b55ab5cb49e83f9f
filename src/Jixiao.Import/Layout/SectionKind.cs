namespace Jixiao.Import.Layout;

/// <summary>What a section of a report is about, told by its title.</summary>
internal enum SectionKind
{
    Other,
    Goals,
    Tasks,
    TaskAnalysis,
    Budget,
    Conclusion,
    PartAnalysis,
    Achievements,
    Problems,
    Improvements,
    ProblemsAndImprovements,
    KeyProjects,
    DeductionReasons,
}
