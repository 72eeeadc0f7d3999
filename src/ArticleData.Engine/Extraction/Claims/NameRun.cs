using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>A run of capitalised words naming someone or something: "Sir Edward Lisle", "Bank of England", "Mr Aas".</summary>
internal readonly struct NameRun
{
    public NameRun(int first, int last, string name, int gender, string? acronym)
    {
        First = first;
        Last = last;
        Name = name;
        Gender = gender;
        Acronym = acronym;
    }

    /// <summary>Index of the run's first and last token.</summary>
    public int First { get; }
    public int Last { get; }

    /// <summary>The name without titles, possessive or leading function word.</summary>
    public string Name { get; }

    /// <summary>0 unknown, 1 male, 2 female — from a title such as Mr or Ms.</summary>
    public int Gender { get; }

    /// <summary>An acronym given in brackets right after the name: "(CMA)".</summary>
    public string? Acronym { get; }

    public int WordCount
    {
        get
        {
            int count = 1;
            foreach (char c in Name) if (c == ' ') count++;
            return count;
        }
    }

    private static readonly HashSet<string> Connectors = WordLists.Tagged("name-particles", "source", ignoreCase: false, and: "source-name-connectors");

    /// <summary>The capitalised runs among <paramref name="tokens"/>[from, to), left to right.</summary>
    public static List<NameRun> Find(TokenRange tokens, int from, int to)
    {
        var runs = new List<NameRun>();
        int i = from;
        while (i < to)
        {
            if (!tokens[i].IsCapitalized) { i++; continue; }
            int start = i, end = i;
            int j = i + 1;
            while (j < to)
            {
                var t = tokens[j];
                // a possessive ends a name: "Lumora's Vega Browser" is two names
                if ((t.IsCapitalized || IsParticleName(t)) && !tokens[j - 1].IsPossessive) { end = j; j++; continue; }
                // "Examplia.net": a web name cut at its dot
                if (t.IsWordJoiner && j == end + 1) { end = j + 1; j += 2; continue; }
                // "J. R. Okafor", "Dr. Lim": a period after an initial or a title abbreviation
                if (t.IsPunctuation('.') && (tokens[j - 1].Text.Length == 1 || Lexicon.TitleAbbreviations.Contains(tokens[j - 1].Text)) && j + 1 < to && tokens[j + 1].IsCapitalized) { j++; continue; }
                // "the" joins only after another connector: "Bank of the North", not "Okafor the Brightwell"
                if (t.Is("the") && !(j > 0 && (tokens[j - 1].Is("of") || tokens[j - 1].Is("for") || tokens[j - 1].Is("and")))) break;
                if ((t.IsWord || t.IsPunctuation('&')) && Connectors.Contains(t.Text) && j + 1 < to && tokens[j + 1].IsCapitalized && tokens[j + 1].Start - t.End <= 1) { j++; continue; }
                break;
            }
            i = end + 1;
            var run = Make(tokens, start, end, to);
            if (run is { } r) runs.Add(r);
        }
        return runs;
    }

    private static NameRun? Make(TokenRange tokens, int start, int end, int to)
    {
        int gender = 0;
        int s = start;
        // drop what precedes the name proper: function words, demonyms and titles ("Chinese President Xi Jinping")
        int lastTitle = -1;
        for (int k = start; k <= end; k++)
        {
            string word = tokens[k].IsWord ? tokens[k].Undotted : "";
            if (Lexicon.SourceTitles.Contains(word) && k < end)
            {
                lastTitle = k;
                if (Lexicon.MaleTitles.Contains(word)) gender = 1;
                if (Lexicon.FemaleTitles.Contains(word)) gender = 2;
            }
        }
        if (lastTitle >= 0) s = lastTitle + 1;
        while (s <= end && (!tokens[s].IsWord || Lexicon.FunctionWords.Contains(tokens[s].Text))) s++;
        while (s <= end && !tokens[s].IsCapitalized) s++;
        if (s > end) return null;
        if (s == end) return new NameRun(s, end, tokens[s].Text, gender, AcronymAfter(tokens, end, to));
        var name = new System.Text.StringBuilder();
        for (int k = s; k <= end; k++)
        {
            var t = tokens[k];
            if (t.IsWord)
            {
                if (name.Length > 0 && !tokens[k - 1].IsWordJoiner) name.Append(' ');
                name.Append(t.Text);
            }
            else if (t.IsWordJoiner && name.Length > 0)
            {
                name.Append(t.Text);
            }
        }
        return new NameRun(s, end, name.ToString(), gender, AcronymAfter(tokens, end, to));
    }

    /// <summary>An acronym given in brackets right after the name that ends at <paramref name="end"/>: "(CMA)".</summary>
    private static string? AcronymAfter(TokenRange tokens, int end, int to)
    {
        if (end + 3 < to + 1 && end + 3 <= tokens.Count - 1 && tokens[end + 1].IsPunctuation('(') && tokens[end + 3].IsPunctuation(')') && (IsAcronym(tokens[end + 2].Text) || tokens[end + 2].IsCapitalized))
        {
            return tokens[end + 2].Text;
        }
        return null;
    }

    private static readonly HashSet<string> HyphenParticles = WordLists.Exact("hyphen-particles");

    /// <summary>"al-Amr", "el-Sisi", "d'Alembert"-like surnames: a lower-case particle joined to a capitalised name.</summary>
    private static bool IsParticleName(TokenView t)
    {
        if (!t.IsWord) return false;
        int join = t.Text.IndexOfAny(new[] { '-', '\'', '\u2019' });
        return join > 0 && join + 1 < t.Text.Length && char.IsUpper(t.Text[join + 1]) && HyphenParticles.Contains(t.Text.Substring(0, join));
    }

    public static bool IsAcronym(string word)
    {
        if (word.Length < 2) return false;
        int upper = 0;
        foreach (char c in word) if (char.IsUpper(c)) upper++;
        return upper >= 2 && char.IsUpper(word[0]);
    }

    public static string StripPossessive(string word)
    {
        if (word.EndsWith("'s", System.StringComparison.Ordinal) || word.EndsWith("\u2019s", System.StringComparison.Ordinal)) return word.Substring(0, word.Length - 2);
        return word;
    }
}
