using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// Reads what a name's own words and the words around it say about its kind: heads ("… Ltd", "University of …",
/// "… River"), given names and initials, titles and role nouns before it, appositions (", a spokesperson for …"),
/// reporting verbs, place prepositions ("in …"), "X, Illinois", "Ohio-based", and nouns after it ("… pipeline").
/// </summary>
internal static class ContextCues
{
    public static void Read(Candidate c, TokenText t, int s, int e, Gazetteer gazetteer, int block)
    {
        ReadName(c, gazetteer);
        ReadBefore(c, t, s);
        ReadAfter(c, t, e, gazetteer);
    }

    private static void ReadName(Candidate c, Gazetteer gazetteer)
    {
        var words = c.Words;
        string first = words[0];
        int headIndex = words.Length - 1;
        for (int i = 1; i < words.Length; i++)
        {
            if (words[i] is "of" or "for" or "on" or "at") { headIndex = i - 1; break; } // "Gordon and Betty Moore Foundation" keeps its head
        }
        string head = words[headIndex];
        bool connected = headIndex < words.Length - 1;
        if (Lexicon.CompanySuffixes.Contains(words[words.Length - 1]) && words.Length > 1) { c.Evidence.Add(EntityKind.Organization, 12); c.SetType(EntityKind.Organization, "Company"); }
        if (Lexicon.OrganizationHeads.Contains(head)) { c.Evidence.Add(EntityKind.Organization, 8); c.SetType(EntityKind.Organization, OrganizationType(head)); }
        else if (connected && head is "Centre" or "Center") { c.Evidence.Add(EntityKind.Organization, 8); } // "Centre for Disease Control"
        else if (Lexicon.FacilityHeads.Contains(head) && words.Length > 1) { c.Evidence.Add(EntityKind.Other, 6); c.SetType(EntityKind.Other, head.ToLowerInvariant()); }
        else if (head == "District" && headIndex > 0 && Lexicon.DistrictServices.Contains(words[headIndex - 1])) { c.Evidence.Add(EntityKind.Organization, 8); c.SetType(EntityKind.Organization, "Government"); }
        else if (Lexicon.PlaceHeads.Contains(head) && words.Length > 1) { c.Evidence.Add(EntityKind.Place, 6); }
        if (words.Length > 1 && Lexicon.PlaceStarts.Contains(first) && !connected && !Lexicon.OrganizationHeads.Contains(head) && !Lexicon.FacilityHeads.Contains(head)) c.Evidence.Add(EntityKind.Place, 5);
        if (words.Length > 1 && Lexicon.OrganizationStarts.Contains(first)) { c.Evidence.Add(EntityKind.Organization, 5); c.SetType(EntityKind.Organization, OrganizationType(first)); }
        if (System.Array.IndexOf(words, "&") >= 0 || c.Surface.IndexOf('&') >= 0) c.Evidence.Add(EntityKind.Organization, 6); // "Carrow & Finch"
        for (int i = 1; i < words.Length; i++)
        {
            // "Greenpeace Norway", "BBC Scotland": a country inside a longer name is rarely part of a person's name.
            if (gazetteer.TryName(words[i], out var place) && place.Type == "Country") { c.Evidence.Add(EntityKind.Organization, 3); break; }
        }
        // "Peru Railways", "Orlowa Police": a place's name opening a longer one names something of that place, not a person,
        // unless the word is also a given name ("Georgia Brown", "Jordan Hale").
        if (words.Length > 1 && gazetteer.TryName(first, out var opening) && opening.Kind == EntityKind.Place && !gazetteer.IsGivenName(first)) c.Evidence.Add(EntityKind.Organization, 3);
        if (words.Length == 1 && HasPlaceSuffix(first)) c.Evidence.Add(EntityKind.Place, 1);
        if (words.Length == 1 && gazetteer.IsGivenName(first)) c.Evidence.Add(EntityKind.Person, 2); // "the Marilyn pictures": a first name alone
        if (words.Length > 1 && Lexicon.ForeignArticles.Contains(first)) c.Evidence.Add(EntityKind.Organization, 2);
        // "The Copper Lanterns", "Irish Wolves": a name that opens with "The" or a demonym is not a person's.
        if (words.Length > 1 && (first == "The" || gazetteer.TryDemonym(first, out _))) c.Evidence.Add(EntityKind.Organization, 2);

        bool digits = false, initials = false, particles = false;
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            if (char.IsDigit(w[w.Length - 1])) digits = true;
            if (w.Length == 2 && w[1] == '.' && char.IsUpper(w[0])) initials = true;
            if (i > 0 && i < words.Length - 1 && Lexicon.NameParticles.Contains(w)) particles = true;
        }
        if (digits) c.Evidence.Add(EntityKind.Other, 3);
        if (words.Length > 1 && !digits && gazetteer.IsGivenName(first)) c.Evidence.Add(EntityKind.Person, 4);
        if (initials && words.Length > 1) c.Evidence.Add(EntityKind.Person, 5);
        if (particles) c.Evidence.Add(EntityKind.Person, 3);
    }

    /// <summary>Endings common in names of towns ("-ville", "-burg", "-shire"): the faintest cue, it only breaks a tie.</summary>
    private static bool HasPlaceSuffix(string w)
    {
        foreach (var suffix in PlaceSuffixes) if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, System.StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] PlaceSuffixes = System.Linq.Enumerable.ToArray(WordLists.Words("place-suffixes"));

    /// <summary>Reporting verbs that make a short name after them a person ("…, said Okafor"): reporting-verbs.tsv's person-after.</summary>
    private static readonly System.Collections.Generic.HashSet<string> PersonAfter = WordLists.Tagged("reporting-verbs", "person-after", ignoreCase: false);

    private static void ReadBefore(Candidate c, TokenText t, int s)
    {
        int p = s - 1;
        if (p >= 1 && t.Word(p) == "," && t[p - 1].IsWord && !t[p - 1].IsCapitalized)
        {
            // "The app, PewPal, lets …", "the firm, Corvane, said …": the noun before names what it is.
            string noun = t.Word(p - 1);
            if (Lexicon.OrganizationNounsBefore.Contains(noun)) c.Evidence.Add(EntityKind.Organization, 4);
            else if (Lexicon.WorkNounsBefore.Contains(noun) || Lexicon.FacilityNouns.Contains(noun)) c.Evidence.Add(EntityKind.Other, 4);
            return;
        }
        if (p < 0 || !t[p].IsWord || t[p].IsCapitalized) return;
        string w = t.Word(p);
        if (w == "the" && p > 0 && Lexicon.PlacePrepositions.Contains(t.Word(p - 1))) c.Evidence.Add(EntityKind.Place, 2);
        else if (w is "of" or "and" && p > 0 && IsPlaceNoun(t.Word(p - 1))) c.Evidence.Add(EntityKind.Place, 6); // "the town of …", "the villages of …"
        else if (w == "of" && p > 0 && Lexicon.DwellerNouns.Contains(t.Word(p - 1))) c.Evidence.Add(EntityKind.Place, 3); // "residents of Makoko"
        else if (w == "from" && c.Words.Length == 1) c.Evidence.Add(EntityKind.Place, 1); // "launched from Kourou"; people come "from" less often alone
        else if (w == "in" && p > 0 && t.Word(p - 1) is "published" or "appeared" or "printed") c.Evidence.Add(EntityKind.Organization, 4); // "published in Science", a journal: media, like a newspaper
        else if (w == "to" && p > 0 && Lexicon.MotionVerbs.Contains(t.Word(p - 1))) c.Evidence.Add(EntityKind.Place, 3); // "travel to Sligo"
        else if (w is "nearby" or "neighbouring" or "neighboring") c.Evidence.Add(EntityKind.Place, 3);
        else if (Lexicon.PlacePrepositions.Contains(w)) c.Evidence.Add(EntityKind.Place, 2);
        else if (w == "by") c.Evidence.Add(EntityKind.Person, 1);
        else if (PersonAfter.Contains(w) && c.Words.Length <= 3) c.Evidence.Add(EntityKind.Person, 4); // "…, said Okafor"
        else if (Lexicon.OrganizationNounsBefore.Contains(w)) c.Evidence.Add(EntityKind.Organization, 5); // "the research firm Canalyte"
        else if (Lexicon.WorkNounsBefore.Contains(w)) c.Evidence.Add(EntityKind.Other, 5); // "the film Easy Rider"
        else if (Lexicon.RoleNouns.Contains(w))
        {
            // "analyst Priya Raman", "chief executive Dana Keller"
            int from = p;
            while (from > 0 && from > p - 2 && t[from - 1].IsWord && !t[from - 1].IsCapitalized && Lexicon.RoleNouns.Contains(t.Word(from - 1))) from--;
            c.Evidence.Add(EntityKind.Person, 5);
            c.Role ??= t.Span(from, p + 1);
        }
    }

    private static bool IsPlaceNoun(string w) =>
        Lexicon.PlaceNouns.Contains(w) || w.Length > 3 && w[w.Length - 1] == 's' && Lexicon.PlaceNouns.Contains(w.Substring(0, w.Length - 1));

    private static void ReadAfter(Candidate c, TokenText t, int e, Gazetteer gazetteer)
    {
        int q = e;
        if (q < t.Count && t[q].Kind == TokenKind.Punctuation && t.Word(q).Length == 2) q++; // a spaced possessive
        string next = t.Word(q);
        if (Lexicon.NameCueReportingVerbs.Contains(next))
        {
            c.Evidence.Add(EntityKind.Person, 2);
            c.Evidence.Add(EntityKind.Organization, 1);
        }
        else if (next == ",")
        {
            ReadApposition(c, t, q + 1, gazetteer);
        }
        else if (next == "in" && q == e && InKnownPlace(t, q + 1, gazetteer))
        {
            c.Evidence.Add(EntityKind.Place, 3); // "Kourou in French Guiana"
        }
        else if (next is "-" && Lexicon.HyphenAdjectives.Contains(t.Word(q + 1)))
        {
            c.Evidence.Add(EntityKind.Place, 3);
        }

        int k = q;
        if (Lexicon.FacilityModifiers.Contains(t.Word(k)) && t[k].IsWord && !t[k].IsCapitalized) k++;
        if (k < t.Count && t[k].IsWord && !t[k].IsCapitalized)
        {
            string noun = t.Word(k);
            if (Lexicon.FacilityNouns.Contains(noun)) { c.Evidence.Add(EntityKind.Other, 16); c.SetType(EntityKind.Other, noun, replace: true); }
            else if (Lexicon.PlaceNounsAfter.Contains(noun) && k == q) { c.Evidence.Add(EntityKind.Place, 16); c.SetType(EntityKind.Place, noun, replace: true); }
            else if (Lexicon.OrganizationNounsAfter.Contains(noun) && k == q) c.Evidence.Add(EntityKind.Organization, 3);
            else if (Lexicon.OriginNounsAfter.Contains(noun) && k == q && c.Words.Length == 1) c.Evidence.Add(EntityKind.Place, 3);
            else if (Lexicon.LeaderNounsAfter.Contains(noun) && k == q && c.Words.Length == 1 && !gazetteer.TryName(c.Surface, out _)) c.Evidence.Add(EntityKind.Person, 4);
        }
    }

    /// <summary>A country, region or state named at <paramref name="a"/>: "in French Guiana", "in Denmark".</summary>
    private static bool InKnownPlace(TokenText t, int a, Gazetteer gazetteer)
    {
        if (a >= t.Count || !t[a].IsCapitalized) return false;
        for (int k = System.Math.Min(t.Count, a + 3); k > a; k--)
        {
            if (gazetteer.TryName(t.Span(a, k), out var place) && place.Kind == EntityKind.Place && place.Type is not "City") return true;
        }
        return false;
    }

    /// <summary>", who …", ", a spokesperson for …,", ", a village in …", ", Illinois".</summary>
    private static void ReadApposition(Candidate c, TokenText t, int a, Gazetteer gazetteer)
    {
        string first = t.Word(a);
        if (first == "who") { c.Evidence.Add(EntityKind.Person, 6); return; }
        if (first == "which") { c.Evidence.Add(EntityKind.Organization, 1); return; }
        if (a < t.Count && t[a].IsCapitalized && t[a].IsWord)
        {
            int end = a + 1;
            while (end < t.Count && end < a + 3 && t[end].IsWord && t[end].IsCapitalized) end++;
            for (int k = end; k > a; k--)
            {
                // "Springfield, Illinois," — the state closes the phrase; "Ruiz, Chile's coach" is not this.
                bool closes = k >= t.Count || t[k].Kind == TokenKind.Punctuation && t.Word(k).Length == 1;
                if (closes && gazetteer.TryName(t.Span(a, k), out var place) && place.Kind == EntityKind.Place && place.Type is "State" or "Province" or "Country" or "Region" or "Territory")
                {
                    c.Evidence.Add(EntityKind.Place, 6);
                    return;
                }
            }
            return;
        }
        if (a < t.Count && t[a].Kind == TokenKind.Number && t.Word(a + 1) == ",") { c.Evidence.Add(EntityKind.Person, 4); return; } // ", 45,"
        bool counted = first is "two" or "three" or "four" or "both"; // "Selah and ChurchKite, two rival apps,"
        if (!(first is "a" or "an" or "the" or "its" or "his" or "her" or "their" || counted || Lexicon.RoleNouns.Contains(first))) return;

        int from = first is "a" or "an" or "the" || counted ? a + 1 : a;
        int last = -1;
        for (int k = a; k < t.Count && k < a + 14; k++)
        {
            var token = t[k];
            if (token.Kind == TokenKind.Punctuation && t.Word(k) is "," or "." or ";" or ")" or "\"" or "“" or "”" or ":" or "—") break;
            last = k;
            if (!token.IsWord || token.IsCapitalized) continue;
            string w = t.Word(k);
            if (w is "who" or "which" or "that") break;
            if (Lexicon.RoleNouns.Contains(w))
            {
                c.Evidence.Add(EntityKind.Person, 6);
                FinishRole(c, t, from, a, k);
                return;
            }
            if (Lexicon.PlaceNouns.Contains(w)) { c.Evidence.Add(EntityKind.Place, 6); return; }
            if (Lexicon.OrganizationNouns.Contains(w)) { c.Evidence.Add(EntityKind.Organization, 6); return; }
            if (Lexicon.WorkNounsBefore.Contains(w) || Lexicon.FacilityNouns.Contains(w)) { c.Evidence.Add(EntityKind.Other, 6); return; }
        }
    }

    /// <summary>The role is the apposition up to its closing comma: "the chief executive of Brennan Freight".</summary>
    private static void FinishRole(Candidate c, TokenText t, int from, int a, int noun)
    {
        int end = noun + 1;
        while (end < t.Count && end < a + 14)
        {
            string w = t.Word(end);
            if (t[end].Kind == TokenKind.Punctuation && w is "," or "." or ";" or ")" or "\"" or "“" or "”" or ":" or "—") break;
            if (w is "who" or "which" or "that" or "said" or "says") break;
            end++;
        }
        if (end > from && from < t.Count) c.Role ??= t.Span(from, end);
    }

    private static string OrganizationType(string head) => head switch
    {
        "University" or "College" or "Academy" or "School" or "Schools" => "University",
        "Court" or "Tribunal" => "Court",
        "Party" or "Movement" or "Front" or "Alliance" or "Coalition" => "Party",
        "Bank" or "Banks" or "Bancorp" or "Reserve" => "Bank",
        "FC" or "F.C." or "AFC" or "CF" or "Club" or "United" or "Athletic" or "Athletics" or "Rovers" or "Wanderers" or "League" => "Sport",
        "Army" or "Navy" or "Force" or "Forces" or "Guard" or "Command" or "Corps" => "Military",
        "Ministry" or "Department" or "Agency" or "Authority" or "Commission" or "Committee" or "Council" or "Office" or "Bureau" or "Service"
            or "Services" or "Administration" or "Board" or "Senate" or "Parliament" or "Congress" or "Assembly" or "Government" or "Cabinet"
            or "Secretariat" or "Directorate" or "Inspectorate" or "Treasury" or "Police" or "House" or "Federal" or "National"
            or "Ministries" or "Departments" or "Agencies" or "Councils" or "Committees" or "Authorities" => "Government",
        "News" or "Times" or "Post" or "Herald" or "Journal" or "Gazette" or "Tribune" or "Guardian" or "Telegraph" or "Chronicle" or "Press"
            or "Radio" or "Television" or "TV" or "Broadcasting" or "Media" => "Media",
        "Foundation" or "Association" or "Society" or "Trust" or "Friends" => "NGO",
        _ => "Company",
    };
}
