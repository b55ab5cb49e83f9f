using System.Globalization;
using System.Text.Json.Nodes;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Web.Demo;

/// <summary>
/// Makes a demo evaluation from a sample's shape: the sample's budget scaled for the department and year, its indicator
/// tree and scores kept, and every text (goals, tasks, key indicators, projects, achievements, problems, improvements)
/// written afresh from the department's own tasks. Some years spend less than printed, so the review finds something.
/// </summary>
internal static class DemoEvaluations
{
    private static readonly HashSet<string> s_amounts = ["initial", "adjustment", "adjusted", "actual", "basic", "personnel", "publicFunds", "carryover", "funds"];

    public static Evaluation Make(DemoDepartment department, int index, int year)
    {
        ArgumentNullException.ThrowIfNull(department);
        var root = JsonNode.Parse(Sample(department.Sample))!.AsObject();
        var factor = 0.55m + (0.09m * index) + (0.04m * (year - 2023));
        Scale(root["budget"]!, factor);
        foreach (var project in root["keyProjects"]!.AsArray())
        {
            project!["budget"] = Round(project["budget"]!.GetValue<decimal>() * factor);
            project["actual"] = Round(project["actual"]!.GetValue<decimal>() * factor);
        }

        foreach (var task in root["tasks"]!.AsArray())
        {
            if (task!["funds"] is { } funds)
            {
                task["funds"] = Round(funds.GetValue<decimal>() * factor);
            }
        }

        if ((index + year) % 3 == 0)
        {
            // Spent less than the printed execution rate says: the review flags the rate.
            var budget = root["budget"]!;
            budget["actual"] = Round(budget["actual"]!.GetValue<decimal>() * 0.96m);
        }

        root["department"] = department.Name;
        root["year"] = year;
        root["date"] = string.Create(CultureInfo.InvariantCulture, $"{year + 1}-03-{10 + index:00}");
        Texts(root, department, year);
        root.Remove("findings");
        return InterchangeJson.Read(root.ToJsonString()).Value
            ?? throw new InvalidOperationException($"The demo evaluation of {department.Name} {year} does not read as interchange JSON.");
    }

    private static void Texts(JsonObject root, DemoDepartment department, int year)
    {
        var tasks = root["tasks"]!.AsArray();
        var keep = Math.Min(tasks.Count, department.Tasks.Count);
        while (tasks.Count > keep)
        {
            tasks.RemoveAt(tasks.Count - 1);
        }

        var goals = new JsonArray();
        var keyIndicators = new JsonArray();
        for (var i = 0; i < keep; i++)
        {
            var own = department.Tasks[i];
            var target = own.Target + ((year - 2023) * own.Target / 20);
            var actual = target + (target * ((i + year) % 4) / 25);
            var targetText = $"≥{target.ToString(CultureInfo.InvariantCulture)}{own.Unit}";
            var actualText = $"{actual.ToString(CultureInfo.InvariantCulture)}{own.Unit}";
            goals.Add($"做好{own.Name}工作，全年{own.Indicator}不少于{target.ToString(CultureInfo.InvariantCulture)}{own.Unit}。");
            var task = tasks[i]!;
            task["name"] = own.Name;
            task["content"] = $"围绕{own.Name}制定年度工作方案，按季度调度进度。";
            task["target"] = $"{own.Indicator}不少于{target.ToString(CultureInfo.InvariantCulture)}{own.Unit}。";
            task["completion"] = $"{own.Indicator}{actualText}，完成年度目标。";
            task["indicators"] = new JsonArray(new JsonObject { ["name"] = own.Indicator, ["target"] = targetText, ["actual"] = actualText });
            keyIndicators.Add(new JsonObject { ["name"] = own.Indicator, ["target"] = targetText, ["actual"] = actualText });
        }

        root["goals"] = goals;
        root["keyIndicators"] = keyIndicators;
        var projects = root["keyProjects"]!.AsArray();
        for (var i = 0; i < projects.Count; i++)
        {
            projects[i]!["name"] = $"{department.Tasks[i % department.Tasks.Count].Name}专项经费";
        }

        root["achievements"] = new JsonArray([.. department.Tasks.Select(t => (JsonNode)$"{t.Name}工作按计划推进，{t.Indicator}达到年度目标。")]);
        root["problems"] = new JsonArray($"部分{department.Tasks[0].Name}项目资金支付进度偏慢。", "绩效目标设置不够细化，个别指标难以量化。");
        root["improvements"] = new JsonArray("按月通报预算执行进度，督促加快支付。", $"细化{department.Tasks[^1].Name}绩效指标，提高可衡量性。");
        if (root["score"]?["deductionReasons"] is JsonArray reasons)
        {
            reasons.Clear();
            reasons.Add("预算执行率未达到100%，按比例扣分。");
        }
    }

    private static void Scale(JsonNode node, decimal factor)
    {
        if (node is JsonObject budget)
        {
            foreach (var (name, value) in budget.ToList())
            {
                if (value is JsonValue number && s_amounts.Contains(name) && number.TryGetValue<decimal>(out var amount))
                {
                    budget[name] = Round(amount * factor);
                }
                else if (name == "project" && value is JsonValue projectFunds && projectFunds.TryGetValue<decimal>(out var funds))
                {
                    budget[name] = Round(funds * factor);
                }
                else if (name == "bySource" && value is JsonObject sources)
                {
                    foreach (var (source, amountNode) in sources.ToList())
                    {
                        sources[source] = Round(amountNode!.GetValue<decimal>() * factor);
                    }
                }
                else if (value is JsonArray lines)
                {
                    lines.OfType<JsonNode>().ToList().ForEach(line => Scale(line, factor));
                }
            }
        }
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Sample(string name)
    {
        using var stream = typeof(DemoEvaluations).Assembly.GetManifestResourceStream("samples/" + name)
            ?? throw new InvalidOperationException($"The sample {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
