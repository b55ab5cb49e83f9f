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

        Spend(root["budget"]!.AsObject(), 0.86m + (0.014m * (((index * 7) + (year * 3)) % 10)), stale: (index + year) % 3 == 0);
        Deduct(root, ((index + year) % 4) * 0.2m, index);

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

    /// <summary>
    /// Sets the share of the budget spent: the actual amount and its parts move together and the printed rate follows,
    /// except in a <paramref name="stale"/> year, whose printed rate is left as it was (the review flags it).
    /// </summary>
    private static void Spend(JsonObject budget, decimal share, bool stale)
    {
        var adjusted = budget["adjusted"]!.GetValue<decimal>();
        var ratio = adjusted * share / budget["actual"]!.GetValue<decimal>();
        foreach (var key in new[] { "actual", "basic", "personnel", "publicFunds", "project" })
        {
            if (budget[key] is JsonValue value && value.TryGetValue<decimal>(out var amount))
            {
                budget[key] = Round(amount * ratio);
            }
        }

        if (budget["bySource"] is JsonObject sources)
        {
            foreach (var (source, amount) in sources.ToList())
            {
                sources[source] = Round(amount!.GetValue<decimal>() * ratio);
            }
        }

        foreach (var line in (budget["byFunction"] as JsonArray ?? []).OfType<JsonObject>().Where(line => line["actual"] is not null))
        {
            line["actual"] = Round(line["actual"]!.GetValue<decimal>() * ratio);
        }

        if (!stale)
        {
            budget["executionRate"] = Round(budget["actual"]!.GetValue<decimal>() / adjusted * 100);
        }
    }

    /// <summary>Takes a share of the score off every third leaf indicator, with the total, parts and grade as a department would print them.</summary>
    private static void Deduct(JsonObject root, decimal share, int index)
    {
        var indicators = root["indicators"]!.AsArray().OfType<JsonObject>().ToList();
        var score = root["score"]!.AsObject();
        var parts = score["parts"] as JsonObject;
        decimal lost = 0;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if ((i + index) % 3 != 0 || share == 0 || indicator["score"] is not JsonValue value || !value.TryGetValue<decimal>(out var before))
            {
                continue;
            }

            var after = Round(before * (1 - share));
            indicator["score"] = after;
            indicator.Remove("rate");
            indicator["reason"] = $"未完全达到年度目标，扣{Round(before - after).ToString(CultureInfo.InvariantCulture)}分";
            lost += before - after;
            var part = indicator["path"]?[0]?.GetValue<string>();
            if (part is not null && parts?[part] is JsonValue partValue)
            {
                parts[part] = Round(partValue.GetValue<decimal>() - (before - after));
            }
        }

        var total = Round(score["total"]!.GetValue<decimal>() - lost);
        score["total"] = total;
        score.Remove("rates");
        score["grade"] = total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
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
