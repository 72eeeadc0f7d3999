using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleData.Engine.Extraction;

/// <summary>
/// The lexicon: every closed word list the tokenizer, the name rules and the claim rules read — titles, abbreviations,
/// heads of organisation and place names, cue words, reporting verbs, months. Each list is a data file of the engine
/// (Lexicon/*.txt, *.tsv), read once through <see cref="WordLists"/>; hand-written English function words and news
/// vocabulary, not data taken from elsewhere.
/// </summary>
internal static class Lexicon
{
    // —— read by the tokenizer and the name rules ——

    /// <summary>Abbreviations that keep their full stop as part of the word ("Mr.", "Inc.", "Ill.").</summary>
    public static readonly HashSet<string> Abbreviations = WordLists.Tagged("abbreviations", null, ignoreCase: false);

    /// <summary>Abbreviations after which a sentence does not end: titles and the like.</summary>
    public static readonly HashSet<string> NonFinalAbbreviations = WithFullStops(WordLists.Tagged("abbreviations", "non-final", ignoreCase: false));

    private static HashSet<string> WithFullStops(HashSet<string> abbreviations)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (string a in abbreviations) written.Add(a + ".");
        return written;
    }

    /// <summary>Honorifics: stripped from a name, never a role of their own.</summary>
    public static readonly HashSet<string> Honorifics = WordLists.Tagged("titles", "honorific", ignoreCase: false, and: "honorifics");

    /// <summary>Capitalised titles that stand before a person's name ("President Vladimir Putin", "Sen. Warren").</summary>
    public static readonly HashSet<string> Titles = WordLists.Tagged("titles", null, ignoreCase: false);

    /// <summary>Title words that can end a title sequence before a name (the others only modify: "Foreign" in "Foreign Minister").</summary>
    public static readonly HashSet<string> TitleHeads = WordLists.Tagged("titles", "head", ignoreCase: false);

    /// <summary>Lower-case role nouns: before a name ("analyst Priya Raman") or in an apposition (", a spokesperson for…").</summary>
    public static readonly HashSet<string> RoleNouns = WordLists.Folded("role-nouns");

    /// <summary>Lower-case words of an apposition that say the name before it is a place ("Diggle, a village in…").</summary>
    public static readonly HashSet<string> PlaceNouns = WordLists.Folded("place-nouns");

    /// <summary>Nouns of the people or parts of a place, before "of" ("residents of Makoko", "the outskirts of Kherson").</summary>
    public static readonly HashSet<string> DwellerNouns = WordLists.Folded("dweller-nouns");

    /// <summary>Lower-case words of an apposition that say the name before it is an organisation ("Oakmere Partners, a fund that…").</summary>
    public static readonly HashSet<string> OrganizationNouns = WordLists.Folded("organization-nouns");

    /// <summary>Last words that make a name an organisation ("… Ltd", "… University", "… FC").</summary>
    public static readonly HashSet<string> OrganizationHeads = WordLists.Tagged("organization-heads", null, ignoreCase: false);

    /// <summary>Services whose districts are bodies, not places ("Marlow Creek Independent School District", "Metropolitan Water District").</summary>
    public static readonly HashSet<string> DistrictServices = WordLists.Exact("district-services");

    /// <summary>Lower-case nouns right before a name that make it an organisation ("the research firm Canalyte", "state broadcaster RÚV").</summary>
    public static readonly HashSet<string> OrganizationNounsBefore = WordLists.Folded("organization-nouns-before");

    /// <summary>Words that, first in a name, make it an organisation ("Ministry of Health", "University of Iceland"): the name tagger's cue class.</summary>
    public static readonly HashSet<string> EnglishOrganizationStarts = WordLists.Exact("organization-starts");

    /// <summary>
    /// What the rules read: <see cref="EnglishOrganizationStarts"/> and the same words in other European languages
    /// ("Universidad de Granada"). Kept out of the tagger's cue class so its features stay those it was trained with.
    /// </summary>
    public static readonly HashSet<string> OrganizationStarts = new(EnglishOrganizationStarts.Concat(WordLists.Exact("organization-starts-other-languages")), StringComparer.Ordinal);

    /// <summary>Heads of names of places ("Sangamon River", "River Wye", "Clear Lake Avenue").</summary>
    public static readonly HashSet<string> PlaceHeads = WordLists.Tagged("place-heads", null, ignoreCase: false);

    /// <summary>Heads of names of facilities and other named things (typed Other: "Wembley Stadium", "Jomo Kenyatta International Airport").</summary>
    public static readonly HashSet<string> FacilityHeads = WordLists.Tagged("facility-heads", null, ignoreCase: false);

    /// <summary>Lower-case nouns after a name that type it as a facility or other thing ("the Nordlys pipeline").</summary>
    public static readonly HashSet<string> FacilityNouns = WordLists.Folded("facility-nouns");

    /// <summary>Lower-case nouns after a name that type it as a place ("the Reykjanes peninsula", "Kent county").</summary>
    public static readonly HashSet<string> PlaceNounsAfter = WordLists.Folded("place-nouns-after");

    /// <summary>Lower-case nouns after a name that make it an organisation ("Brightwell officials", "the Examplia website").</summary>
    public static readonly HashSet<string> OrganizationNounsAfter = WordLists.Folded("organization-nouns-after");

    /// <summary>Lower-case nouns right before a name that make it a work or a product ("the film Easy Rider", "the app PewPal").</summary>
    public static readonly HashSet<string> WorkNounsBefore = WordLists.Folded("work-nouns-before");

    /// <summary>Verbs of going somewhere, before "to" and a place ("travel to Sligo", "fled to Chad").</summary>
    public static readonly HashSet<string> MotionVerbs = WordLists.Folded("motion-verbs");

    /// <summary>Lower-case nouns after a lone name that make it a place someone or something is from ("a Haarlem painter", "the Peoria contractor").</summary>
    public static readonly HashSet<string> OriginNounsAfter = WordLists.Folded("origin-nouns-after");

    /// <summary>Lower-case nouns after a lone name that make it a leader's ("the Varoni government", "the Assad regime").</summary>
    public static readonly HashSet<string> LeaderNounsAfter = WordLists.Folded("leader-nouns-after");

    /// <summary>Articles of other languages opening a title ("la Gazzetta", "Le Monde"): a work's or a paper's name, never a person's.</summary>
    public static readonly HashSet<string> ForeignArticles = WordLists.Folded("foreign-articles");

    /// <summary>Modifiers allowed between a name and its facility noun ("Power of Siberia 2 gas pipeline").</summary>
    public static readonly HashSet<string> FacilityModifiers = WordLists.Folded("facility-modifiers");

    /// <summary>Words after which a name is most likely a place ("in Milton Keynes").</summary>
    public static readonly HashSet<string> PlacePrepositions = WordLists.Folded("place-prepositions");

    /// <summary>The reporting verbs the name rules read as a cue: a name before them is most likely a person or organisation.</summary>
    public static readonly HashSet<string> NameCueReportingVerbs = WordLists.Tagged("reporting-verbs", "name-cue");

    /// <summary>Verbs of a match result that join two teams ("Norway defeated Chile", "Ghana lost 0 – 3 to Portugal").</summary>
    public static readonly HashSet<string> ResultVerbs = WordLists.Folded("result-verbs");

    /// <summary>Particles inside personal names ("Ursula von der Leyen", "Luiz da Costa", "Maria do Carmo Rosa").</summary>
    public static readonly HashSet<string> NameParticles = WordLists.Tagged("name-particles", null, ignoreCase: false);

    /// <summary>Months and weekdays: capitalised but not names (except inside one: "Ellen May").</summary>
    public static readonly HashSet<string> Calendar = ReadCalendar();

    private static HashSet<string> ReadCalendar()
    {
        var calendar = WordLists.Exact("weekdays");
        foreach (var row in WordLists.Table("months"))
        {
            calendar.Add(row[1].Trim());
            calendar.UnionWith(EmbeddedText.List(row, 2));
        }
        return calendar;
    }

    /// <summary>Words that start a name with "of" after them ("Bank of England", "Power of Siberia").</summary>
    public static readonly HashSet<string> OfHeads = WordLists.Exact("of-heads");

    /// <summary>Common words that begin sentences or headlines capitalised and are not names.</summary>
    public static readonly HashSet<string> CommonWords = WordLists.Tagged("common-words", null);

    /// <summary>Capitalised words that are not names of entities: faiths, peoples and everyday acronyms.</summary>
    public static readonly HashSet<string> NotNames = WordLists.Exact("not-names");

    /// <summary>Function words: capitalised, they start a sentence or quotation, never continue a name ("Mara Vell In the…").</summary>
    public static readonly HashSet<string> NameStopWords = Capitalised(WordLists.Tagged("common-words", "name-stop"));

    private static HashSet<string> Capitalised(HashSet<string> words)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (string w in words) capitalised.Add(char.ToUpperInvariant(w[0]) + w.Substring(1));
        return capitalised;
    }

    /// <summary>Words that, first in a name of two or more words, make it a place ("West Midlands", "River Wye", "Lake Victoria").</summary>
    public static readonly HashSet<string> PlaceStarts = WordLists.Exact("place-starts");

    /// <summary>Legal suffixes: the name is certainly a company.</summary>
    public static readonly HashSet<string> CompanySuffixes = WordLists.Tagged("organization-heads", "company", ignoreCase: false);

    /// <summary>Lower-case suffixes that turn a name into an adjective ("Ohio-based"): the name ends before the hyphen.</summary>
    public static readonly HashSet<string> HyphenAdjectives = WordLists.Folded("hyphen-adjectives");

    // —— read by the sentence splitter and the claim rules ——

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
    public static readonly HashSet<string> SourceTitles = WordLists.Tagged("titles", "source", and: "source-titles");

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
