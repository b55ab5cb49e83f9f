using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Web.Services;

/// <summary>
/// The scored view of a revision (its interchange JSON with computed values and findings), kept as UTF-8 bytes per
/// evaluation and revision. A revision never changes once written, so an entry is never stale and every instance may
/// keep its own; the current revision number itself is read from the database on each request.
/// </summary>
internal sealed class ScoredViews : IDisposable
{
    /// <summary>About 64 MB of JSON (an evaluation is 7–40 KB).</summary>
    private const long Budget = 64L * 1024 * 1024;

    private readonly MemoryCache _own = new(new MemoryCacheOptions { SizeLimit = Budget });

    public async Task<byte[]?> Get(BureauService bureau, long id, int revision, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        if (_own.TryGetValue((id, revision), out byte[]? bytes))
        {
            return bytes;
        }

        var json = await bureau.RevisionJson(id, revision, cancellation).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        bytes = Encoding.UTF8.GetBytes(json);
        _own.Set((id, revision), bytes, new MemoryCacheEntryOptions { Size = bytes.Length });
        return bytes;
    }

    public void Dispose() => _own.Dispose();
}
