using Jixiao.Domain.Model;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring;

public class ScoreTreeTests
{
    private static Indicator Leaf(decimal weight, decimal? score, params string[] path) =>
        new() { Path = path, Name = path[^1], Weight = weight, Score = score, Rate = Domain.Numbers.Formulas.ScoreRate(score, weight) };

    [Fact]
    public void Build_GroupsLeavesByLevelInFirstAppearanceOrder()
    {
        var tree = ScoreTree.Build(
        [
            Leaf(8, 8, "产出", "数量指标", "检查企业数"),
            Leaf(10, 9.8m, "预算执行率"),
            Leaf(6, 5.5m, "产出", "质量指标", "整改率"),
            Leaf(6, 6, "产出", "数量指标", "演练场次"),
        ]);

        Assert.Equal(["产出", "预算执行率"], tree.Select(node => node.Name));
        var output = tree[0];
        Assert.Equal(20m, output.Weight);
        Assert.Equal(19.50m, output.Score);
        Assert.Equal(97.50m, output.Rate);
        Assert.Equal(["数量指标", "质量指标"], output.Children.Select(node => node.Name));
        Assert.Equal(14m, output.Children[0].Score);
        Assert.NotNull(tree[1].Leaf); // a first-level leaf stays a leaf
        Assert.Empty(tree[1].Children);
    }

    [Fact]
    public void Build_UnscoredLeaf_CountsZero()
    {
        var tree = ScoreTree.Build([Leaf(5, null, "效益", "社会效益", "A"), Leaf(5, 4, "效益", "社会效益", "B")]);

        Assert.Equal(4.00m, tree[0].Score);
        Assert.Equal(40.00m, tree[0].Rate);
    }
}
