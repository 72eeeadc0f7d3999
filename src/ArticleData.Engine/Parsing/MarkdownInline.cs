namespace ArticleData.Engine.Parsing;

/// <summary>
/// Strips inline Markdown from one source line into a <see cref="PlainTextBuilder"/>, keeping every kept character's
/// file position: emphasis markers, code backticks, link and image syntax (their text stays), HTML tags and
/// backslash escapes. Line-level markers (headings, quotes, list bullets) go too. Linear in the line's length.
/// </summary>
internal static class MarkdownInline
{
    public static void AppendLine(PlainTextBuilder output, SourceLine line, int startColumn)
    {
        string s = line.Text;
        var find = new ForwardFinder(s);
        int i = SkipLineMarkers(s, startColumn - 1);
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '\\' && i + 1 < s.Length && IsAsciiPunctuation(s[i + 1]))
            {
                output.Append(s[i + 1], line.Number, i + 2);
                i += 2;
                continue;
            }
            if (c == '*' || c == '_' || c == '~')
            {
                // A run is markup as a whole or text as a whole: "***" between spaces stays "***", not "*".
                bool emphasis = IsEmphasisRun(s, i, out int runLength);
                for (int k = i; k < i + runLength && !emphasis; k++) output.Append(s[k], line.Number, k + 1);
                i += runLength;
                continue;
            }
            if (c == '`')
            {
                i++;
                continue;
            }
            if (c == '!' && i + 1 < s.Length && s[i + 1] == '[' && TryLink(s, find, i + 1, out _, out _))
            {
                i++;
                continue;
            }
            if (c == '[' && TryLink(s, find, i, out int textEnd, out int linkEnd))
            {
                for (int k = i + 1; k < textEnd; k++) output.Append(s[k], line.Number, k + 1);
                i = linkEnd;
                continue;
            }
            if (c == '<' && TryTag(s, find, i, out int tagEnd))
            {
                i = tagEnd;
                continue;
            }
            output.Append(c, line.Number, i + 1);
            i++;
        }
    }

    /// <summary>Skips '#' heading marks, '&gt;' quote marks and list bullets at the start of a line.</summary>
    private static int SkipLineMarkers(string s, int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        while (i < s.Length && s[i] == '>')
        {
            i++;
            while (i < s.Length && s[i] == ' ') i++;
        }
        int hashes = i;
        while (hashes < s.Length && s[hashes] == '#') hashes++;
        if (hashes > i && hashes - i <= 6 && (hashes == s.Length || s[hashes] == ' ')) i = hashes;
        else if (i + 1 < s.Length && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') i += 2;
        else
        {
            int digits = i;
            while (digits < s.Length && char.IsDigit(s[digits])) digits++;
            if (digits > i && digits + 1 < s.Length && (s[digits] == '.' || s[digits] == ')') && s[digits + 1] == ' ') i = digits + 2;
        }
        while (i < s.Length && s[i] == ' ') i++;
        return i;
    }

    /// <summary>A run of '*', '_' or '~' that opens (followed by a non-space) or closes (preceded by a non-space) emphasis at a word edge.</summary>
    private static bool IsEmphasisRun(string s, int i, out int length)
    {
        char c = s[i];
        length = 0;
        while (i + length < s.Length && s[i + length] == c) length++;
        char before = i > 0 ? s[i - 1] : ' ';
        char after = i + length < s.Length ? s[i + length] : ' ';
        bool opens = !char.IsWhiteSpace(after) && !char.IsLetterOrDigit(before);
        bool closes = !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
        if (c == '~' && length < 2) return false;
        return opens || closes;
    }

    private static bool TryLink(string s, ForwardFinder find, int open, out int textEnd, out int linkEnd)
    {
        textEnd = find.Next(']', open + 1);
        linkEnd = -1;
        if (textEnd < 0 || textEnd + 1 >= s.Length || s[textEnd + 1] != '(') return false;
        int close = find.Next(')', textEnd + 2);
        if (close < 0) return false;
        linkEnd = close + 1;
        return true;
    }

    private static bool TryTag(string s, ForwardFinder find, int open, out int end)
    {
        end = -1;
        if (open + 1 >= s.Length || !(char.IsLetter(s[open + 1]) || s[open + 1] == '/' || s[open + 1] == '!')) return false;
        int close = find.Next('>', open + 1);
        if (close < 0) return false;
        end = close + 1;
        return true;
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && char.IsPunctuation(c) || c == '`' || c == '*' || c == '_' || c == '#' || c == '+' || c == '<' || c == '>' || c == '|' || c == '~' || c == '=' || c == '$' || c == '^';

    /// <summary>
    /// Finds the next occurrence of a character at or after a position, remembering the last answer per character,
    /// so that scanning a line left to right costs linear time however many '[' or '&lt;' it holds.
    /// </summary>
    private sealed class ForwardFinder
    {
        private readonly string _text;
        private readonly System.Collections.Generic.Dictionary<char, int> _last = new();

        public ForwardFinder(string text) => _text = text;

        public int Next(char c, int from)
        {
            if (_last.TryGetValue(c, out int found) && (found < 0 || found >= from)) return found < 0 ? -1 : found;
            found = from < _text.Length ? _text.IndexOf(c, from) : -1;
            _last[c] = found;
            return found;
        }
    }
}
