using System;
using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>The closed word lists claim extraction reads: abbreviations, reporting verbs, titles, number words, currencies.</summary>
internal static class Lexicon
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that never end a sentence: titles and Latin shorthands.</summary>
    public static readonly HashSet<string> TitleAbbreviations = Set(
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Gov", "Rep", "St", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Rev",
        "Hon", "Mt", "Ft", "Messrs", "Supt", "Insp", "Cpl", "Pres", "Cmdr", "Brig", "Fr", "Sr", "Jr", "Gov't", "vs", "cf", "eg", "ie", "approx", "ca");

    /// <summary>Abbreviations that do not end a sentence when a number follows: "Jan. 12", "No. 10".</summary>
    public static readonly HashSet<string> NumberAbbreviations = Set(
        "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "pp", "p", "Vol", "Art", "Fig", "Para", "Ch");

    /// <summary>Words that usually open a sentence: after a dotted acronym ("U.S.") they mark a new one.</summary>
    public static readonly HashSet<string> SentenceOpeners = Set(
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "But", "And", "This", "That", "These", "Those", "In", "On", "At",
        "For", "His", "Her", "Its", "Their", "Our", "There", "After", "As", "When", "While", "If", "Some", "Many", "Most", "One", "Officials", "Mr", "Ms", "Mrs", "Dr");

    /// <summary>Verbs that report what a source says, thinks or finds.</summary>
    public static readonly HashSet<string> ReportingVerbs = Set(
        "say", "says", "said", "tell", "tells", "told", "announce", "announces", "announced", "estimate", "estimates", "estimated",
        "warn", "warns", "warned", "add", "adds", "added", "note", "notes", "noted", "state", "states", "stated", "explain", "explains", "explained",
        "claim", "claims", "claimed", "argue", "argues", "argued", "insist", "insists", "insisted", "confirm", "confirms", "confirmed",
        "report", "reports", "reported", "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt",
        "write", "writes", "wrote", "predict", "predicts", "predicted", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated",
        "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "caution", "cautions", "cautioned", "complain", "complains", "complained",
        "urge", "urges", "urged", "reveal", "reveals", "revealed", "deny", "denies", "denied", "stress", "stresses", "stressed",
        "emphasise", "emphasised", "emphasises", "emphasize", "emphasized", "emphasizes", "observe", "observed", "observes", "recall", "recalled", "recalls",
        "concede", "conceded", "concedes", "maintain", "maintained", "maintains", "contend", "contended", "contends", "allege", "alleged", "alleges",
        "show", "shows", "showed", "find", "finds", "found", "signal", "signals", "signalled", "signaled", "forecast", "forecasts", "forecasted",
        "expect", "expects", "asked", "asks", "ask", "accuse", "accused", "accuses", "describe", "described", "describes", "call", "called", "calls",
        "welcome", "welcomed", "welcomes", "praise", "praised", "praises", "criticise", "criticised", "criticize", "criticized", "blame", "blamed", "blames",
        "reply", "replied", "replies", "respond", "responded", "declare", "declared", "declares", "disclose", "disclosed", "promise", "promised", "pledged",
        "agree", "agreed", "hope", "hopes", "hoped", "fear", "fears", "feared", "see", "sees", "apologised", "apologized",
        "recommend", "recommended", "insisted", "projected", "projects", "calculated", "calculates", "concluded", "concludes", "ruled", "rules", "tweeted", "posted", "asserted", "asserts", "commented", "comments", "remarked", "mentioned", "theorized", "theorised", "reasoned", "continued", "learned", "reads");

    /// <summary>Reporting verbs that are also everyday transitive verbs: they attribute only before "that", a clause, or at the end of the sentence.</summary>
    public static readonly HashSet<string> WeakReportingVerbs = Set(
        "show", "shows", "showed", "find", "finds", "found", "see", "sees", "call", "called", "calls", "expect", "expects", "agree", "agreed",
        "hope", "hopes", "hoped", "fear", "fears", "feared", "note", "notes", "noted", "state", "states", "stated", "report", "reports", "reported",
        "feel", "feels", "felt", "describe", "described", "describes", "add", "adds", "added", "signal", "signals",
        "signalled", "signaled", "projected", "projects", "calculated", "calculates", "ruled", "rules", "posted", "recall", "recalled", "recalls",
        "maintain", "maintained", "maintains", "observe", "observed", "observes", "accuse", "accused", "accuses", "blame", "blamed", "blames",
        "welcome", "welcomed", "welcomes", "praise", "praised", "praises", "criticise", "criticised", "criticize", "criticized", "promise", "promised",
        "declare", "declared", "declares", "deny", "denies", "denied", "apologised", "apologized", "concluded", "concludes", "asked", "asks", "ask",
        "recommend", "recommended", "write", "writes", "wrote", "think", "thinks", "thought", "believe", "believes", "believed");

    /// <summary>Personal titles and honorifics dropped from a source name ("Mr Aas" is Aas).</summary>
    public static readonly HashSet<string> Titles = Set(
        "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "President", "Mayor",
        "Senator", "Sen", "Gov", "Governor", "Rep", "Gen", "General", "Minister", "Chancellor", "Chief", "Executive", "Rev", "Father", "Sister",
        "Captain", "Capt", "Col", "Colonel", "Lt", "Sgt", "Officer", "Detective", "Inspector", "King", "Queen", "Prince", "Princess", "Pope",
        "Ambassador", "Secretary", "Chairman", "Chairwoman", "Commissioner", "Attorney", "Mrs.", "Major", "Premier", "Speaker");

    /// <summary>Words that make a capitalised name an organisation rather than a person.</summary>
    public static readonly HashSet<string> OrganizationWords = Set(
        "Inc", "Ltd", "Corp", "Corporation", "Company", "Co", "Group", "Partners", "Bank", "Capital", "Securities", "Equity", "Research", "Holdings",
        "Logistics", "Freight", "Technologies", "Technology", "Systems", "Electronics", "Industries", "Ministry", "Department", "Agency", "Council",
        "Commission", "Committee", "Court", "Office", "Authority", "University", "Institute", "Association", "Federation", "Union", "Party", "Fund",
        "Foundation", "Organization", "Organisation", "Centre", "Center", "Service", "Services", "Board", "Bureau", "Parliament", "Senate", "Club",
        "Network", "News", "Times", "Post", "Press", "Reuters", "Bloomberg", "Police", "Army", "Navy", "Force", "Forces", "Government", "School",
        "College", "Hospital", "Museum", "Airlines", "Energy", "Motors", "Media", "Studios", "Trust", "Alliance", "Scheme", "Programme", "Program",
        "AG", "SA", "GmbH", "PLC", "LLC", "NV", "BV", "Ltda", "Institution", "Exchange", "Administration", "Agro", "Invest", "Investment", "Pharmacy");

    /// <summary>Determiners and function words that open a sentence without starting a name.</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And", "Or", "As", "If", "When", "While", "After", "Before",
        "Since", "Under", "Over", "With", "Without", "From", "To", "By", "Of", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Its", "Their",
        "Our", "My", "Your", "There", "Here", "Some", "Many", "Most", "All", "No", "Not", "Yet", "So", "Then", "Also", "However", "Despite", "During",
        "Although", "Though", "Because", "Until", "Once", "According", "Is", "Are", "Was", "Were", "Will", "Would", "Could", "Can", "May", "Might",
        "Should", "Did", "Does", "Do", "Has", "Have", "Had", "Why", "What", "Who", "How", "Where", "Which", "Each", "Every", "Both", "Few", "Several",
        "Central", "Last", "Next", "Only", "Even", "Still", "Now", "Today", "Yesterday", "Meanwhile", "Instead", "Such", "Any", "Another", "Other");

    public static readonly HashSet<string> MalePronouns = Set("he", "him", "his");
    public static readonly HashSet<string> FemalePronouns = Set("she", "her", "hers");
    public static readonly HashSet<string> MaleTitles = Set("Mr", "Sir", "Lord", "King", "Prince", "Father");
    public static readonly HashSet<string> FemaleTitles = Set("Ms", "Mrs", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister");

    public static bool IsMonth(string word) => MonthNumber(word) > 0;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>1–12 for a month name or its abbreviation, else 0.</summary>
    public static int MonthNumber(string word) => Months.TryGetValue(word, out int month) ? month : 0;
}
