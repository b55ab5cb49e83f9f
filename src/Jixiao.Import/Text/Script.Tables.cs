using System.Globalization;
using System.Reflection;

namespace Jixiao.Import.Text;

internal static partial class Script
{
    /// <summary>The CJK Radicals Supplement and Kangxi Radicals blocks, one range: U+2E80–U+2FDF.</summary>
    private const char RadicalsStart = '\u2E80';

    private const char RadicalsEnd = '\u2FDF';

    /// <summary>The two tables, read once from the embedded data files when first used.</summary>
    private static class Tables
    {
        /// <summary>Each radical of U+2E80–U+2FDF as its ideograph, or as itself when Unicode names none in the BMP.</summary>
        public static readonly char[] Radicals = ReadRadicals();

        /// <summary>Every UTF-16 code unit as <see cref="Fold"/> reads it: radicals and traditional characters simplified, the rest as they are.</summary>
        public static readonly char[] Simplified = ReadSimplified(Radicals);

        private static char[] ReadRadicals()
        {
            var radicals = new char[RadicalsEnd - RadicalsStart + 1];
            for (var i = 0; i < radicals.Length; i++)
            {
                radicals[i] = (char)(RadicalsStart + i);
            }

            // 2E8C..2E8D ; 5C0F  # [2] CJK RADICAL SMALL ONE..CJK RADICAL SMALL TWO
            foreach (var line in DataLines("RadicalIdeographs.txt"))
            {
                var fields = line.Split('#')[0].Split(';');
                var range = fields[0].Trim().Split("..");
                var first = Hex(range[0]);
                var last = range.Length > 1 ? Hex(range[1]) : first;
                var ideograph = (char)Hex(fields[1].Trim());
                for (var code = first; code <= last; code++)
                {
                    radicals[code - RadicalsStart] = ideograph;
                }
            }

            return radicals;
        }

        private static char[] ReadSimplified(char[] radicals)
        {
            var simplified = new char[char.MaxValue + 1];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                simplified[c] = (char)c;
            }

            // 萬<TAB>万
            foreach (var line in DataLines("TraditionalToSimplified.txt"))
            {
                simplified[line[0]] = line[2];
            }

            // A radical that stands for a traditional ideograph (⾨ for 門) reads as the simplified one.
            for (var i = 0; i < radicals.Length; i++)
            {
                simplified[RadicalsStart + i] = simplified[radicals[i]];
            }

            return simplified;
        }

        private static int Hex(string digits) => int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

        private static IEnumerable<string> DataLines(string name)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Import.Text." + name)
                ?? throw new InvalidOperationException($"embedded resource {name} is missing");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    yield return line;
                }
            }
        }
    }
}
