using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Bench;

/// <summary>One evaluation the check benchmark reviews, parsed once, with the built-in framework it names (null when it names none).</summary>
internal sealed record CheckInput(string File, Evaluation Evaluation, Framework? Framework)
{
    /// <summary>The typed test evaluations (the five seeds) and the two samples.</summary>
    public static readonly string[] Folders = ["tests/Jixiao.Domain.Tests/Checks/Seeds", "samples"];

    /// <summary>Every input, or the problems that stop the benchmark (a missing folder, an unreadable file, an unknown framework).</summary>
    public static (List<CheckInput> Inputs, List<string> Problems) Load(string root)
    {
        var inputs = new List<CheckInput>();
        var problems = new List<string>();
        var missing = Folders.Where(folder => !Directory.Exists(Path.Combine(root, folder))).ToList();
        if (missing.Count > 0)
        {
            return (inputs, [.. missing.Select(folder => $"{folder}: folder not found under {root}")]);
        }

        foreach (var path in RepoFiles.Files(root, "*.json", Folders))
        {
            var name = RepoFiles.Relative(root, path);
            var read = InterchangeJson.Read(System.IO.File.ReadAllText(path));
            if (read.Value is not { } evaluation)
            {
                problems.AddRange(read.Errors.Select(error => $"{name}: {error}"));
                continue;
            }

            var framework = evaluation.Framework is { } id ? FrameworkCatalog.BuiltIn.Find(id) : null;
            if (evaluation.Framework is not null && framework is null)
            {
                problems.Add($"{name}: unknown framework {evaluation.Framework}");
                continue;
            }

            inputs.Add(new CheckInput(name, evaluation, framework));
        }

        if (inputs.Count == 0 && problems.Count == 0)
        {
            problems.Add($"no *.json in {string.Join(", ", Folders)}");
        }

        return (inputs, problems);
    }
}
