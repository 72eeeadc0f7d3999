using System;
using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>The closed word lists claim extraction reads: abbreviations, reporting verbs, titles, number words, currencies.</summary>
internal static class Lexicon
{
    /// <summary>Abbreviations that never end a sentence: titles and Latin shorthands.</summary>
    public static readonly HashSet<string> TitleAbbreviations = WordLists.Tagged("abbreviations", "title", and: "title-abbreviations");

    /// <summary>Abbreviations that do not end a sentence when a number follows: "Jan. 12", "No. 10".</summary>
    public static readonly HashSet<string> NumberAbbreviations = MonthAbbreviationsAnd(WordLists.Folded("number-abbreviations"));

    /// <summary>Words that usually open a sentence: after a dotted acronym ("U.S.") they mark a new one.</summary>
    public static readonly HashSet<string> SentenceOpeners = WordLists.Tagged("common-words", "opener");

    /// <summary>Verbs that report what a source says, thinks or finds.</summary>
    public static readonly HashSet<string> ReportingVerbs = WordLists.Tagged("reporting-verbs", null);

    /// <summary>Reporting verbs that are also everyday transitive verbs: they attribute only before "that", a clause, or at the end of the sentence.</summary>
    public static readonly HashSet<string> WeakReportingVerbs = WordLists.Tagged("reporting-verbs", "weak");

    /// <summary>Personal titles and honorifics dropped from a source name ("Mr Aas" is Aas).</summary>
    public static readonly HashSet<string> Titles = WordLists.Tagged("titles", "source", and: "source-titles");

    /// <summary>Words that make a capitalised name an organisation rather than a person.</summary>
    public static readonly HashSet<string> OrganizationWords = WordLists.Tagged("organization-heads", "source", and: "organization-words");

    /// <summary>Determiners and function words that open a sentence without starting a name.</summary>
    public static readonly HashSet<string> FunctionWords = WordLists.Tagged("common-words", "function");

    public static readonly HashSet<string> MalePronouns = WordLists.Folded("male-pronouns");
    public static readonly HashSet<string> FemalePronouns = WordLists.Folded("female-pronouns");
    public static readonly HashSet<string> MaleTitles = WordLists.Tagged("titles", "male");
    public static readonly HashSet<string> FemaleTitles = WordLists.Tagged("titles", "female", and: "female-titles");

    public static bool IsMonth(string word) => MonthNumber(word) > 0;

    /// <summary>Month names and abbreviations (Lexicon/months.tsv) → 1–12, ignoring case.</summary>
    private static readonly Dictionary<string, int> Months = ReadMonths();

    private static Dictionary<string, int> ReadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in WordLists.Table("months"))
        {
            int number = int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture);
            months[row[1].Trim()] = number;
            foreach (string abbreviation in EmbeddedText.List(row, 2)) months[abbreviation] = number;
        }
        return months;
    }

    private static HashSet<string> MonthAbbreviationsAnd(HashSet<string> abbreviations)
    {
        foreach (var row in WordLists.Table("months")) abbreviations.UnionWith(EmbeddedText.List(row, 2));
        return abbreviations;
    }

    /// <summary>1–12 for a month name or its abbreviation, else 0.</summary>
    public static int MonthNumber(string word) => Months.TryGetValue(word, out int month) ? month : 0;
}
