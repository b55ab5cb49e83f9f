using System.Text;

namespace Jixiao.Import.Text;

internal static partial class Normalizer
{
    /// <summary>
    /// One line as read before squeezing: each character with every script folded, where it came from, and how it was
    /// printed (radicals folded, traditional characters kept) with the pinyin a mirror site inserted after it.
    /// </summary>
    private sealed class LineChars
    {
        /// <summary>The characters printed in another script than they are read, by index: few lines have any.</summary>
        private readonly Dictionary<int, char> _printed = [];
        private readonly Dictionary<int, string> _annotations = [];

        public StringBuilder Chars { get; } = new();

        public List<int> Origin { get; } = [];

        /// <summary>True when some character was printed in another script than it is read: then lines carry their printed text.</summary>
        public bool IsScripted { get; private set; }

        public void Clear()
        {
            Chars.Clear();
            Origin.Clear();
            _printed.Clear();
            _annotations.Clear();
            IsScripted = false;
        }

        public void Add(char printed, int origin)
        {
            var read = Script.Simplified(printed);
            if (read != printed)
            {
                _printed[Chars.Length] = printed;
                IsScripted = true;
            }

            Chars.Append(read);
            Origin.Add(origin);
        }

        /// <summary>Pinyin at <paramref name="at"/>, inserted after the character just added: read as nothing, printed after it.</summary>
        public void Annotate(string text, int at, int length)
        {
            if (Chars.Length > 0)
            {
                _annotations[Chars.Length - 1] = text.Substring(at, length);
                IsScripted = true;
            }
        }

        /// <summary>
        /// Character <paramref name="index"/> as printed, now read as <paramref name="read"/>: the printed character where only the
        /// script differs, else the character read (an OCR fix, 预箅 → 预算, holds in both), then its pinyin.
        /// </summary>
        public void AppendPrinted(StringBuilder printed, int index, char read)
        {
            printed.Append(_printed.TryGetValue(index, out var c) && Script.Simplified(c) == read ? c : read);
            if (_annotations.TryGetValue(index, out var annotation))
            {
                printed.Append(annotation);
            }
        }
    }

    /// <summary>The printed text of a squeezed line, built beside its value: where each kept character's printed form starts.</summary>
    private sealed class PrintedChars(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private readonly List<int> _starts = new(capacity + 1);

        public string Text => _text.ToString();

        public int[] Starts => [.. _starts, _text.Length];

        /// <summary>A character that was never in another script (a tab standing for a column break).</summary>
        public void Add(char c)
        {
            _starts.Add(_text.Length);
            _text.Append(c);
        }

        public void Add(LineChars line, int index, char read)
        {
            _starts.Add(_text.Length);
            line.AppendPrinted(_text, index, read);
        }
    }
}
