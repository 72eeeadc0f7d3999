using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>
/// Cuts a range of text into words, numbers and punctuation in one pass. A word keeps inner hyphens and apostrophes
/// ("Pryce-Jones", "Harwell's") and inner dots of web names ("Examplia.net"); a number keeps inner separators between digits ("1,200", "2.4"); everything else
/// is one punctuation token per character.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end, QuoteMap quotes)
    {
        var tokens = new List<Token>(System.Math.Max(4, (end - start) / 5));
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int from = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || (IsNumberSeparator(text[i]) && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1])))) i++;
                // "3.4bn", "27-year-old" and "2,000th" continue as one word
                if (i < end && (char.IsLetter(text[i]) || (IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i = ScanWord(text, i, end);
                    tokens.Add(Word(text, from, i, quotes));
                    continue;
                }
                tokens.Add(new Token(TokenKind.Number, from, i, text.Substring(from, i - from), quotes.IsQuoted(from)));
                continue;
            }
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                tokens.Add(Word(text, from, i, quotes));
                continue;
            }
            i++;
            // a surrogate pair or combining mark stays with its base
            while (i < end && (char.IsLowSurrogate(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
            tokens.Add(new Token(TokenKind.Punctuation, from, i, i - from == 1 ? OneCharacter(c) : text.Substring(from, i - from), quotes.IsQuoted(from)));
        }
        return tokens;
    }

    private static Token Word(string text, int from, int to, QuoteMap quotes)
    {
        string word = text.Substring(from, to - from);
        return new Token(TokenKind.Word, from, to, word, quotes.IsQuoted(from), WordCues.Of(word));
    }

    /// <summary>Punctuation marks are most of the tokens after words; one shared string per mark instead of one per token.</summary>
    private static readonly string?[] OneCharacterStrings = new string?[0x2100];

    private static string OneCharacter(char c)
    {
        if (c >= OneCharacterStrings.Length) return c.ToString();
        // a race only builds the same string twice
        return OneCharacterStrings[c] ??= c.ToString();
    }

    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            if (IsJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
            // "Examplia.net", "rec.sport.rowing": a dot between a letter and two lower-case letters joins a web or news name
            if (c == '.' && i + 2 < end && char.IsLetter(text[i - 1]) && char.IsLower(text[i + 1]) && char.IsLower(text[i + 2])) { i++; continue; }
            break;
        }
        return i;
    }

    private static bool IsJoiner(char c) => c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';

    private static bool IsNumberSeparator(char c) => c == ',' || c == '.';
}
