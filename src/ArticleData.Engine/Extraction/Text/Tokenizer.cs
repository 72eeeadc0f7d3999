using System.Collections.Generic;
using System.Globalization;

namespace ArticleData.Engine.Extraction.Text;

/// <summary>
/// Splits a block's text into words, numbers and punctuation in one linear pass. Keeps abbreviations and initials
/// with their full stop ("U.S.", "Mr.", "J."), hyphenated and apostrophe names whole ("Osei-Barnes", "O'Brien"), splits
/// off possessives ("Putin’s", "Australia 's") and adjective suffixes ("Ohio-based"), and marks sentence starts.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        int n = text.Length;
        int i = 0;
        bool sentenceStart = true;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsApostrophe(c) && IsPossessiveAt(text, i) && tokens.Count > 0 && tokens[tokens.Count - 1].IsWord && tokens[tokens.Count - 1].End < i)
            {
                // "Harwell 's": a possessive spaced off its word, as tokenised corpora write it.
                tokens[tokens.Count - 1] = tokens[tokens.Count - 1].With(TokenFlags.Possessive);
                tokens.Add(new Token(i, 2, TokenKind.Punctuation, TokenFlags.None));
                i += 2;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, 1, TokenKind.Punctuation, TokenFlags.None));
                if (c == '.' || c == '!' || c == '?' || c == ':' || IsOpeningQuote(text, i)) sentenceStart = true;
                if ((c == '—' || c == '–') && tokens.Count <= 8 && tokens[0].IsAllCaps) sentenceStart = true; // after a dateline
                if (c == ')' && tokens.Count >= 2 && tokens[tokens.Count - 2].Length <= 2 && tokens[tokens.Count - 2].End == i) sentenceStart = true; // a list item: "b) Refusing
                i++;
                continue;
            }

            int start = i;
            i = ScanWord(text, i);
            var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
            var flags = kind == TokenKind.Word ? Shape(text, start, i) : TokenFlags.None;
            // "… school. [6] In Byron's memoirs": a numbered citation between sentences leaves the next word the sentence's first.
            bool citation = kind == TokenKind.Number && tokens.Count > 0 && text[tokens[^1].Start] == '[' && i < text.Length && text[i] == ']';
            if (sentenceStart && !citation) flags |= TokenFlags.SentenceStart;
            if (!citation) sentenceStart = false;

            int possessive = PossessiveLength(text, start, i);
            if (possessive > 0) flags |= TokenFlags.Possessive;
            tokens.Add(new Token(start, i - start, kind, flags));
            if (possessive > 0)
            {
                tokens.Add(new Token(i, possessive, TokenKind.Punctuation, TokenFlags.None));
                i += possessive;
            }
            else if (text[i - 1] == '.')
            {
                // "U.S. The President…": a full stop inside an abbreviation may also end the sentence.
                string word = text.Substring(start, i - start);
                if (!Lexicon.NonFinalAbbreviations.Contains(word) && !(i - start == 2 && char.IsUpper(text[start])))
                {
                    sentenceStart = NextWordIsCommon(text, i);
                }
            }
        }
    }

    private static int ScanWord(string text, int i)
    {
        int n = text.Length;
        int start = i;
        while (i < n)
        {
            char ch = text[i];
            if (char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if ((ch == '-' || ch == '‐') && i + 1 < n && char.IsLetterOrDigit(text[i + 1]))
            {
                if (char.IsUpper(text[start]) && i - start > 1 && IsHyphenAdjective(text, i + 1)) break; // "Ohio-based", not "T-shirt"
                i++;
            }
            else if (IsApostrophe(ch) && i + 1 < n && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i))
            {
                i++; // O'Brien, N'Djamena
            }
            else if (ch == '.')
            {
                return AfterFullStop(text, start, i);
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>Where a word ends that met a full stop at <paramref name="dot"/>: after it for initials, acronyms and known abbreviations.</summary>
    private static int AfterFullStop(string text, int start, int dot)
    {
        int n = text.Length;
        if (dot - start == 1 && char.IsLetter(text[start]))
        {
            // An initial or a dotted acronym: J. / U.S. / U.S.A. / D.C.
            int i = dot + 1;
            while (i + 1 < n && char.IsLetter(text[i]) && text[i + 1] == '.' && (i + 2 >= n || !char.IsLetter(text[i + 2]))) i += 2;
            return i;
        }
        if (dot - start <= 5 && Lexicon.Abbreviations.Contains(text.Substring(start, dot - start))) return dot + 1;
        return dot;
    }

    private static bool IsHyphenAdjective(string text, int from)
    {
        int end = from;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > from && char.IsLower(text[from]) && Lexicon.HyphenAdjectives.Contains(text.Substring(from, end - from));
    }

    private static TokenFlags Shape(string text, int start, int end)
    {
        // "T-shirt", "X-ray", "U-turn": a letter hyphened to a lower-case word is a common noun.
        bool letterCompound = end - start > 2 && (text[start + 1] == '-' || text[start + 1] == '‐') && char.IsLower(text[start + 2]);
        var flags = char.IsUpper(text[start]) && !letterCompound ? TokenFlags.Capitalized : TokenFlags.None;
        int letters = 0;
        for (int i = start; i < end; i++)
        {
            char ch = text[i];
            if (!char.IsLetter(ch)) continue;
            if (char.IsLower(ch)) return flags;
            letters++;
        }
        return letters >= 2 ? flags | TokenFlags.AllCaps : flags;
    }

    /// <summary>A quotation mark that opens a quotation: curly opening marks, or a straight one after a space or bracket.</summary>
    private static bool IsOpeningQuote(string text, int i)
    {
        char c = text[i];
        if (c == '“' || c == '‘') return true;
        if (c != '"') return false;
        return i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(' || text[i - 1] == '—';
    }

    public static bool IsApostrophe(char c) => c == '\'' || c == '’';

    /// <summary>An apostrophe at <paramref name="i"/> followed by s and no further letter.</summary>
    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    /// <summary>The length of a possessive ending right after a word: 's / ’s, or a lone apostrophe after a plural in s.</summary>
    private static int PossessiveLength(string text, int start, int end)
    {
        if (end >= text.Length || !IsApostrophe(text[end])) return 0;
        if (IsPossessiveAt(text, end)) return 2;
        bool plural = text[end - 1] == 's' && (end + 1 >= text.Length || !char.IsLetterOrDigit(text[end + 1]));
        return plural && end - start > 1 ? 1 : 0;
    }

    private static bool NextWordIsCommon(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        int start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i > start && char.IsUpper(text[start]) && Lexicon.CommonWords.Contains(text.Substring(start, i - start));
    }
}
