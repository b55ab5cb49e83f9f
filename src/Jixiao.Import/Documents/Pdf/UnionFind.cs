namespace Jixiao.Import.Documents.Pdf;

/// <summary>Disjoint sets over 0..n-1 (rules that touch, grid cells that merge).</summary>
internal sealed class UnionFind(int count)
{
    private readonly int[] _parent = [.. Enumerable.Range(0, count)];

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public void Union(int a, int b) => _parent[Find(a)] = Find(b);
}
