using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Text;

/// <summary>A sentence of a block: [Start, End) in the block's text, whitespace trimmed.</summary>
internal readonly struct SentenceSpan
{
    public SentenceSpan(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;
}

/// <summary>
/// Splits a block's text into sentences in one pass. A sentence ends at . ! ? or an ellipsis (with any closing quotes
/// or brackets after it) when whitespace and then a capital, a digit or an opening quote follow — unless the period
/// closes a title or Latin abbreviation (Mr., Gen., e.g.), an initial (J. K. Rowling), a number abbreviation before a
/// number (Jan. 12, No. 10) or a dotted acronym not followed by a typical sentence opener (U.S. President).
/// A dateline ("SPRINGFIELD, Ill. —") at the start of a block is left out of the first sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static List<SentenceSpan> Split(string text, QuoteMap quotes)
    {
        var sentences = new List<SentenceSpan>();
        int start = Dateline.Length(text);
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') { i++; continue; }
            int mark = i;
            while (i < text.Length && (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\u2026')) i++;
            while (i < text.Length && IsCloser(text, i, quotes)) i++;
            if (i < text.Length && !char.IsWhiteSpace(text[i])) continue;
            int next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next >= text.Length) break;
            if (!StartsSentence(text, next, quotes)) continue;
            if (c == '.' && i - mark == 1 && !PeriodEnds(text, mark, next)) continue;
            Add(sentences, text, start, i);
            start = next;
            i = next;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<SentenceSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new SentenceSpan(start, end));
    }

    private static bool IsCloser(string text, int i, QuoteMap quotes)
    {
        char c = text[i];
        // a straight quote right after the stop closes the quote even where unbalanced quotes upset the map
        bool closingStraight = c == '"' && (quotes.IsClosing(i) || i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
        return c == ')' || c == ']' || c == '\u2019' || c == '\'' || c == '\u201D' || c == '\u00BB' || closingStraight;
    }

    private static bool StartsSentence(string text, int i, QuoteMap quotes)
    {
        char c = text[i];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB') return true;
        return c == '"' && !quotes.IsClosing(i);
    }

    /// <summary>Whether the period at <paramref name="period"/> ends its sentence, judging by the word before it and the text after.</summary>
    private static bool PeriodEnds(string text, int period, int next)
    {
        int from = period;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '.')) from--;
        if (from == period) return true;
        string word = text.Substring(from, period - from);
        if (word.IndexOf('.') >= 0)
        {
            // a dotted abbreviation: e.g., i.e. never end; U.S., a.m. end only before a typical sentence opener
            string bare = word.Replace(".", "");
            if (Lexicon.TitleAbbreviations.Contains(bare)) return false;
            return Lexicon.SentenceOpeners.Contains(NextWord(text, next));
        }
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (Lexicon.TitleAbbreviations.Contains(word)) return false;
        if (Lexicon.NumberAbbreviations.Contains(word) && char.IsDigit(text[next])) return false;
        return true;
    }

    private static string NextWord(string text, int i)
    {
        int end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.Substring(i, end - i);
    }
}
