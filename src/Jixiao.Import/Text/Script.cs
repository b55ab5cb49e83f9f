using System.Text;

namespace Jixiao.Import.Text;

/// <summary>The text as labels are matched: compatibility forms and Kangxi radicals folded (NFKC).</summary>
internal static class Script
{
    public static string Fold(string text) => text.Normalize(NormalizationForm.FormKC);
}
