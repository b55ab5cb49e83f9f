using Jixiao.Domain.Model;
using System.Text.RegularExpressions;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// The conclusion as sentences print it: the total (自评得分 96.97 分), the parts (履职效能得分 49.99 分),
/// their weights (指标分值 50 分, 产出指标 40 分 after 权重设定为) and rates (得分率为 99.98%). In a section
/// about one part (履职效能分析) an unnamed 得分 is that part's. Key projects' scores are not the department's.
/// </summary>
internal sealed partial class ProseScores : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        string? part = null;
        var partLevel = int.MaxValue;
        var year = board.Get(Fields.Year);
        var project = board.Get(Fields.Kind) == EvaluationKind.Project;
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            if (block.Kind == BlockKind.Heading)
            {
                if (block.Level <= partLevel)
                {
                    part = null;
                    partLevel = int.MaxValue;
                }

                if (SectionTitles.Classify(block.Text.Value) == SectionKind.PartAnalysis && PartInTitle.Match(block.Text.Value) is { Success: true } title
                    && PartNames.Of(title.Groups[1].Value) is { } named)
                {
                    (part, partLevel) = (named, block.Level);
                }
            }

            if (block.Kind != BlockKind.Table && !document.InKeyProjects(index))
            {
                Read(document, block, part, year, project, board);
            }
        }
    }

    private static void Read(Document document, Block block, string? sectionPart, int? year, bool project, FieldBoard board)
    {
        var text = block.Text;
        var value = text.Value;
        var mentions = document.MentionsIn(block);
        var respectively = Respectively(value, mentions);
        var previousEnd = 0;
        string? lastPart = null;
        var unsaid = new List<(string Part, decimal Points, Domain.Model.Source Source)>();
        foreach (var mention in mentions)
        {
            var from = previousEnd;
            previousEnd = mention.End;
            if (mention.Unit is not ("分" or "%"))
            {
                continue;
            }

            if (respectively.TryGetValue(mention.Start, out var listed))
            {
                board.Propose(Fields.Named<decimal>($"score.{listed.Field}.{listed.Part}"), mention.Value, text.Locate(document.Source, mention.Start, mention.End - mention.Start));
                continue;
            }

            var start = Math.Max(from, mention.Start == 0 ? 0 : value.LastIndexOfAny(['，', ',', '；', ';', '。', '：', ':'], mention.Start - 1, Math.Min(60, mention.Start)) + 1);
            if (start >= mention.Start)
            {
                start = from;
            }

            // A label sits next to its number: a long stretch before it says nothing more, and would cost time.
            start = Math.Max(start, mention.Start - 60);
            var window = value[start..mention.Start].Trim();
            var sentence = value[Sentences.Start(value, mention.Start)..mention.Start];
            // 扣 3 分 is a deduction, and a project's or a fund's score is theirs.
            if (Subjects.NamesAnother(window, project) || window.Contains('扣', StringComparison.Ordinal) || Years.OtherThan(sentence, year) || Subjects.IsAnothers(sentence, project) || Subjects.IsNotThisYears(window))
            {
                continue;
            }

            var source = text.Locate(document.Source, start, mention.End - start);
            var named = PartIn(window);
            var part = named ?? sectionPart ?? (window.StartsWith('（') || window.StartsWith('(') ? lastPart : null);
            if (mention.Unit == "%")
            {
                if (Rate().IsMatch(window) && part is not null)
                {
                    board.Propose(Fields.ScoreRate(part), mention.Value, source);
                }

                continue;
            }

            // 「投入（20 分）」: a part's points in brackets right after its name are its weight.
            var bracketed = named is not null && (window.EndsWith('（') || window.EndsWith('('));
            if (bracketed || WeightWords().IsMatch(window) || (named is not null && !ScoreWords().IsMatch(window) && Context(value, start) == "weight"))
            {
                if (part is not null && (named is not null || part == lastPart || window.Contains("分值", StringComparison.Ordinal)))
                {
                    board.Propose(Fields.ScoreWeight(part), mention.Value, source);
                }

                continue;
            }

            if (named is not null && Context(value, start) is null && !ScoreWords().IsMatch(window))
            {
                unsaid.Add((named, mention.Value, source));
            }
            else if (named is not null && (ScoreWords().IsMatch(window) || Context(value, start) == "score"))
            {
                board.Propose(Fields.ScorePart(named), mention.Value, source);
                lastPart = named;
            }
            else if (named is null && Total().IsMatch(window))
            {
                board.Propose(sectionPart is null ? Fields.ScoreTotal : Fields.ScorePart(sectionPart), mention.Value, source);
            }
        }

        // 「指标体系（投入 20 分、过程 20 分、产出 30 分、效果 30 分）」: points that no word calls scores or weights are
        // the weights when they are the full 100 of distinct parts, and nothing otherwise.
        if (unsaid.Count >= 2 && unsaid.Sum(point => point.Points) == 100m && unsaid.DistinctBy(point => point.Part).Count() == unsaid.Count)
        {
            unsaid.ForEach(point => board.Propose(Fields.ScoreWeight(point.Part), point.Points, point.Source));
        }
    }

    /// <summary>
    /// 「产出、预算执行率、效益、满意度四类指标……权重分别为 40 分、10 分、40 分、10 分」: the parts listed, then as many
    /// points after 分别, in order — weights after 权重 or 分值, scores after 得分. Keyed by where each number starts.
    /// </summary>
    private static Dictionary<int, (string Field, string Part)> Respectively(string text, List<Mention> mentions)
    {
        var listed = new Dictionary<int, (string Field, string Part)>();
        foreach (Match match in PartList().Matches(text))
        {
            var parts = match.Groups["part"].Captures.Select(capture => PartNames.Of(capture.Value)!).ToList();
            var field = WeightWords().IsMatch(match.Groups["between"].Value) ? "weights" : ScoreWords().IsMatch(match.Groups["between"].Value) ? "parts" : null;
            var points = mentions.Where(mention => mention.Start >= match.Index + match.Length && mention.Unit == "分").Take(parts.Count).ToList();
            if (field is not null && points.Count == parts.Count && parts.Distinct().Count() == parts.Count)
            {
                for (var i = 0; i < parts.Count; i++)
                {
                    listed[points[i].Start] = (field, parts[i]);
                }
            }
        }

        return listed;
    }

    private static readonly Regex PartListPattern = new(
        $"(?<part>{PartNames.Alternation})(指标)?(、(?<part>{PartNames.Alternation})(指标)?)+(?<between>[^。；]{{0,30}}?)分别(为|是)",
        RegexOptions.CultureInvariant);

    private static Regex PartList() => PartListPattern;

    /// <summary>Whether the points before <paramref name="at"/> in a paragraph were being scored or weighted.</summary>
    private static string? Context(string text, int at)
    {
        var near = text[Math.Max(0, at - 300)..at];
        var weight = WeightWords().Matches(near).LastOrDefault()?.Index ?? -1;
        var score = ScoreWords().Matches(near).LastOrDefault()?.Index ?? -1;
        return weight < 0 && score < 0 ? null : weight > score ? "weight" : "score";
    }

    /// <summary>The last part name in a text.</summary>
    private static string? PartIn(string text) => LastPart.Match(text) is { Success: true } match ? PartNames.Of(match.Groups[1].Value) : null;

    private static readonly Regex PartInTitle = new($"({PartNames.Alternation})", RegexOptions.CultureInvariant);

    /// <summary>A part's name where the points are its own: at the window's end, or before 得分, 分值 …, not 满意度调查得分.</summary>
    private static readonly Regex LastPart = new(
        $"({PartNames.Alternation})(指标)?(得分|得|分值|权重|满分|自评得分)?(为|是|[:：])?\\s*[（(]?$", RegexOptions.RightToLeft | RegexOptions.CultureInvariant);

    [GeneratedRegex("分值|权重|满分|设定|设计|总分值|标准分")]
    private static partial Regex WeightWords();

    [GeneratedRegex("得分|得|自评分|评分")]
    private static partial Regex ScoreWords();

    [GeneratedRegex("(综合|自评|评价|考核|绩效)?(总)?得分(合计|总计)?(为|是|:|：)?$|自评(总)?分(数)?(为|是)?$|^(总分|总得分|合计|综合得分)(为|是)?$|(自评|评价)结果(为|是)$")]
    private static partial Regex Total();

    [GeneratedRegex("得分率|评分率")]
    private static partial Regex Rate();
}
