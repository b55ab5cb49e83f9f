using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Import.Batch;

/// <summary>
/// The name of each document's JSON in the output's json folder: its path in the folder or zip, flattened
/// (区教育局/自评报告.docx → 区教育局_自评报告.docx.json), so that no name can climb out, make a folder, or stand where
/// the summary goes. Characters Windows cannot keep are replaced, long names are shortened (a file name has 255 bytes
/// at most) with a mark of the whole name, and names that would still meet (dup.txt twice in a zip, a/b.txt and
/// a\b.txt, c:d.txt and c_d.txt, 报告.PDF and 报告.pdf) are numbered, so that no document overwrites another's.
/// </summary>
public static class OutputNames
{
    /// <summary>The output's folder of per-document JSON files.</summary>
    public const string Folder = "json";

    /// <summary>Bytes a name may take before ".json": well under 255 with room for a number.</summary>
    private const int MaxBytes = 180;

    private static readonly SearchValues<char> Unsafe = SearchValues.Create("<>:\"/\\|?*");

    /// <summary>One unique JSON file name per item, in the items' order.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assigned = new string[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var stem = Safe(names[i]);
            var candidate = stem + ".json";
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{stem} ({n}).json");
            }

            assigned[i] = candidate;
        }

        return assigned;
    }

    private static string Safe(string name)
    {
        var flat = new StringBuilder(name.Length);
        foreach (var c in name.Trim('/'))
        {
            flat.Append(c == '/' ? '_' : Unsafe.Contains(c) || char.IsControl(c) ? '_' : c);
        }

        var safe = flat.ToString().TrimEnd(' ', '.');
        safe = safe.Length == 0 || safe.Trim('.').Length == 0 ? "_" + safe.Length.ToString(CultureInfo.InvariantCulture)
            : safe.StartsWith('.') ? "_" + safe
            : safe;
        if (Encoding.UTF8.GetByteCount(safe) <= MaxBytes)
        {
            return safe;
        }

        // Keep the start and the extension, and a mark of the whole name so that two long names stay apart.
        var mark = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        var extension = Path.GetExtension(safe);
        extension = Encoding.UTF8.GetByteCount(extension) > 16 ? "" : extension;
        var room = MaxBytes - Encoding.UTF8.GetByteCount(extension) - mark.Length - 1;
        var start = new StringBuilder();
        foreach (var rune in safe.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(start.ToString()) + rune.Utf8SequenceLength > room)
            {
                break;
            }

            start.Append(rune.ToString());
        }

        return $"{start}~{mark}{extension}";
    }
}
