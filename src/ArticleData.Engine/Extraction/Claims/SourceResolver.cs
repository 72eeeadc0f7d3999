using System;
using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>
/// Turns the source phrase of an attribution into who it names: a pronoun into the last fitting person, a short name
/// ("Keller", "Mr Aas", "the IEA") into the full name met before, "the company" into the last organisation, and links
/// the result to the article's entity where there is one. Fed the article's names in reading order.
/// Where the entity extractor found entities it is trusted; otherwise capitalised runs of the text stand in for them.
/// </summary>
internal sealed class SourceResolver
{
    private sealed class Known
    {
        public Known(string name) => Name = name;
        public string Name { get; }
        public int? Entity { get; set; }
        public bool Person { get; set; }
        public bool Organization { get; set; }
        public bool Place { get; set; }
        /// <summary>The entity's type where the entity extractor gave one ("Company", "City", "Country").</summary>
        public string? Type { get; set; }
        public int Gender { get; set; }
        public long LastSeen { get; set; }
        public int Mentions { get; set; }
        /// <summary>Where this person was last named as the source of a statement (0: never).</summary>
        public long LastSpoke { get; set; }
    }

    private readonly List<Known> _known = new();
    private readonly Dictionary<string, Known> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private Known? _lastPlural;

    /// <summary>Who "I" is outside quotation marks: the person an interview is with, where its headline names one (see <see cref="ClaimExtractor"/>).</summary>
    public (string Source, int? Entity)? Interviewee { get; set; }

    /// <summary>The entity extractor ran and found names: they are the names; the text's capitalised runs add none.</summary>
    private readonly bool _hasEntities;

    public SourceResolver(EquatableArray<EntityInfo> entities)
    {
        _hasEntities = entities.Count > 0;
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            var known = Register(entity.Name, entity.Kind == EntityKind.Person);
            known.Entity = e;
            known.Person = entity.Kind == EntityKind.Person;
            known.Organization = entity.Kind == EntityKind.Organization;
            known.Place = entity.Kind == EntityKind.Place;
            known.Type = entity.Type;
            foreach (var alias in entity.Aliases) AddKey(alias, known);
            foreach (var m in entity.Mentions) AddKey(m.Text, known);
        }
    }

    private const long BlockSize = 10_000_000L;

    /// <summary>A position in reading order: block, then offset.</summary>
    public static long Position(TextPart part, int paragraph, int offset)
    {
        long block = part == TextPart.Title ? 0 : part == TextPart.Standfirst ? 1 : 2L + paragraph;
        return block * BlockSize + offset;
    }

    /// <summary>Records the names of a sentence, read at <paramref name="position"/> (fallback when there are no entities).</summary>
    public void Observe(TokenRange tokens, int from, int to, Func<int, long> positionOf)
    {
        foreach (var run in NameRun.Find(tokens, from, to))
        {
            var known = Lookup(run.Name);
            if (known is null)
            {
                if (_hasEntities) continue;
                if (run.WordCount < 2 && run.Acronym is null) continue;
                bool organization = IsOrganizationName(run.Name) || run.Acronym is not null;
                bool person = !organization && run.WordCount >= 2 && run.WordCount <= 5 && !IsPlaceName(run.Name) && !AllCaps(run.Name) && LooksLikePersonName(run.Name);
                known = Register(run.Name, person);
                known.Organization = organization;
                known.Person = person;
            }
            if (run.Acronym is not null) AddKey(run.Acronym, known);
            if (run.Gender != 0) { known.Gender = run.Gender; known.Person = true; known.Organization = false; }
            known.Mentions++;
            // a name inside a quotation is not who a later "she said" refers to
            if (tokens[run.First].Quoted) continue;
            known.LastSeen = positionOf(tokens[run.First].Start);
            // "Tom Ellis, a lecturer in history, …": a person introduced by a role is who the next "he said" quotes
            if (known.Person && IntroducedByRole(tokens, run.Last + 1, to)) known.LastSpoke = known.LastSeen;
        }
    }

    /// <summary>Whether the name as written is one met before.</summary>
    public bool Knows(string phrase) => Lookup(Bare(phrase)) is not null;

    /// <summary>Resolves a name as written ("Keller", "Mr Aas", "the DfT") to the known full name, or keeps it.</summary>
    public (string Source, int? Entity) ResolveName(string phrase, long position, bool person)
    {
        string bare = Bare(phrase);
        var known = Lookup(bare);
        if (person && (known is null || !known.Person)) known = PersonInside(bare) ?? PersonBySurname(bare) ?? known;
        if (known is not null)
        {
            known.LastSeen = Math.Max(known.LastSeen, position);
            if (person && !known.Organization && !known.Place) { known.Person = true; known.LastSpoke = position; }
            return (known.Name, known.Entity);
        }
        if (person && bare.IndexOf(' ') > 0)
        {
            var added = Register(bare, true);
            added.Person = true;
            added.LastSeen = position;
            added.LastSpoke = position;
        }
        return (phrase, null);
    }

    /// <summary>
    /// A known person whose full name ends a longer run: "United States Wanjiru Odhiambo" (after "Ambassador to the
    /// United States") is Wanjiru Odhiambo, even where that run was taken for a name of its own.
    /// </summary>
    private Known? PersonInside(string bare)
    {
        var words = bare.Split(' ');
        for (int from = 1; from + 2 <= words.Length; from++)
        {
            string suffix = string.Join(" ", words, from, words.Length - from);
            if (_byKey.TryGetValue(suffix, out var k) && k.Person && k.Name.Equals(suffix, StringComparison.OrdinalIgnoreCase)) return k;
        }
        return null;
    }

    /// <summary>"Florence claims" where Ada Florence is known: a speaker named by a surname that is also a place.</summary>
    private Known? PersonBySurname(string bare)
    {
        if (bare.IndexOf(' ') >= 0) return null;
        foreach (var k in _known)
        {
            if (k.Person && k.Name.EndsWith(" " + bare, StringComparison.OrdinalIgnoreCase)) return k;
        }
        return null;
    }

    /// <summary>", a/an/the …" right after a name: an apposition giving the person's role.</summary>
    private static bool IntroducedByRole(TokenRange tokens, int i, int to) =>
        i + 1 < to && tokens[i].IsPunctuation(',') && (tokens[i + 1].Is("a") || tokens[i + 1].Is("an") || tokens[i + 1].Is("the"));

    /// <summary>The last person met before <paramref name="position"/>, of the pronoun's gender where known.</summary>
    public (string Source, int? Entity)? ResolvePronoun(string pronoun, long position)
    {
        string p = pronoun.ToLowerInvariant();
        if (p == "they")
        {
            return _lastPlural is null ? null : (_lastPlural.Name, _lastPlural.Entity);
        }
        bool organization = p == "it";
        int gender = Lexicon.MalePronouns.Contains(p) ? 1 : Lexicon.FemalePronouns.Contains(p) ? 2 : 0;
        // the last person met; a quoted speaker or titled person met since the last plain mention wins ties of recency
        Known? best = null;
        foreach (var k in _known)
        {
            if (k.LastSeen >= position || k.LastSeen == 0) continue;
            if (organization ? !k.Organization : !k.Person) continue;
            if (gender != 0 && k.Gender != 0 && k.Gender != gender) continue;
            if (best is null || Rank(k) > Rank(best)) best = k;
        }
        if (best is null) return null;
        if (gender != 0 && best.Gender == 0) best.Gender = gender;
        // "He said … He added": the resolved person is the one speaking now
        if (!organization) best.LastSpoke = position;
        return (best.Name, best.Entity);
    }

    /// <summary>
    /// Recency by paragraph first: the person of the latest paragraph wins. Within it, someone who spoke there comes
    /// before a name merely mentioned, and a person of known gender before one of unknown; among speakers the latest to speak.
    /// </summary>
    private static long Rank(Known k)
    {
        long block = k.LastSeen / BlockSize;
        bool spokeHere = k.LastSpoke > 0 && k.LastSpoke / BlockSize == block;
        int tier = (spokeHere ? 2 : 0) + (k.Gender != 0 ? 1 : 0);
        long offset = (spokeHere ? k.LastSpoke : k.LastSeen) % BlockSize;
        return block * BlockSize * 4 + tier * BlockSize + offset;
    }

    /// <summary>"the company", "the ministry": the last organisation whose name holds the noun, else the last organisation.</summary>
    public (string Source, int? Entity)? ResolveDescription(string noun, long position)
    {
        if (PlaceType(noun) is { } placeType) return LastPlace(placeType, position);
        string? type = OrganizationType(noun);
        Known? holding = null, any = null;
        foreach (var k in _known)
        {
            if (!k.Organization || k.LastSeen >= position) continue;
            // "the company" is not the European Union nor a ministry: a typed organisation must be a company
            if (type == "Company" && k.Type is not null && k.Type != type) continue;
            bool fits = ContainsWord(k.Name, noun) || (type is not null && k.Type == type);
            if (fits && (holding is null || k.LastSeen > holding.LastSeen)) holding = k;
            if (any is null || k.Mentions > any.Mentions || (k.Mentions == any.Mentions && k.LastSeen > any.LastSeen)) any = k;
        }
        var best = holding ?? (IsGenericOrganizationNoun(noun) ? any : null);
        return best is null ? null : (best.Name, best.Entity);
    }

    /// <summary>"the city" → the last city (or untyped place) met; "the country" → the last country.</summary>
    private (string Source, int? Entity)? LastPlace(string type, long position)
    {
        Known? best = null;
        foreach (var k in _known)
        {
            if (!k.Place || k.LastSeen >= position) continue;
            if (k.Type != type && !(k.Type is null && type == "City")) continue;
            if (best is null || k.LastSeen > best.LastSeen) best = k;
        }
        return best is null ? null : (best.Name, best.Entity);
    }

    /// <summary>The entity type a place noun refers to, or null for a noun that is not a place.</summary>
    private static string? PlaceType(string noun)
    {
        switch (noun.ToLowerInvariant())
        {
            case "city": case "town": case "village": case "municipality": return "City";
            case "country": case "nation": return "Country";
            default: return null;
        }
    }

    /// <summary>The entity type an organisation noun refers to ("the alliance" is an intergovernmental body), or null.</summary>
    private static string? OrganizationType(string noun)
    {
        switch (noun.ToLowerInvariant())
        {
            case "company": case "firm": case "carrier": case "airline": case "lender": case "insurer": case "operator": return "Company";
            case "alliance": case "bloc": return "Intergovernmental";
            case "university": return "University";
            case "party": return "Party";
            case "court": return "Court";
            case "bank": return "Bank";
            case "broadcaster": case "newspaper": return "Media";
            default: return null;
        }
    }

    /// <summary>Remembers a plural source ("officials", "the companies") for a later "they".</summary>
    public void NotePlural(string source, int? entity)
    {
        _lastPlural = new Known(source) { Entity = entity };
    }

    /// <summary>Adds a name; a person is also known by their surname ("Keller"), an organisation or place never by its last word ("England" is not "Bank of England").</summary>
    private Known Register(string name, bool person)
    {
        var known = new Known(name);
        _known.Add(known);
        AddKey(name, known);
        var words = name.Split(' ');
        if (person && words.Length >= 2) AddKey(words[words.Length - 1], known);
        return known;
    }

    private void AddKey(string key, Known known)
    {
        string bare = Bare(key);
        if (bare.Length == 0) return;
        // a later, fuller name takes over a short key ("Brennan" → "Brennan Freight Inc"), never the other way round
        if (_byKey.TryGetValue(bare, out var existing) && existing != known && existing.Entity is not null && known.Entity is null) return;
        if (!_byKey.ContainsKey(bare) || bare.Equals(known.Name, StringComparison.OrdinalIgnoreCase)) _byKey[bare] = known;
    }

    private Known? Lookup(string name)
    {
        string bare = Bare(name);
        if (bare.Length == 0) return null;
        if (_byKey.TryGetValue(bare, out var k)) return k;
        // "Mr da Costa" → "Luiz da Costa": match on the last word
        int space = bare.LastIndexOf(' ');
        if (space > 0 && char.IsLower(bare[0]) && _byKey.TryGetValue(bare.Substring(space + 1), out k) && k.Name.EndsWith(bare.Substring(space + 1), StringComparison.OrdinalIgnoreCase)) return k;
        if (space < 0)
        {
            // "Brennan" → "Brennan Freight Inc", "Mr Park" → "Park Ji-hoon": a first word of a known name
            foreach (var candidate in _known)
            {
                if (candidate.Name.StartsWith(bare + " ", StringComparison.OrdinalIgnoreCase)) return candidate;
            }
            // "EU" → "European Union", "DfT" → "Department for Transport": an acronym of a known name's initials
            if (NameRun.IsAcronym(bare))
            {
                foreach (var candidate in _known)
                {
                    if (Initials(candidate.Name, false).Equals(bare, StringComparison.OrdinalIgnoreCase) || Initials(candidate.Name, true).Equals(bare, StringComparison.OrdinalIgnoreCase)) return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>A name without a leading "the", titles, a possessive or dots.</summary>
    public static string Bare(string phrase)
    {
        if (IsBare(phrase)) return phrase;
        var words = phrase.Replace(".", " ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        int s = 0;
        while (s < words.Length - 1 && (words[s].Equals("the", StringComparison.OrdinalIgnoreCase) || Lexicon.SourceTitles.Contains(words[s]))) s++;
        var kept = new List<string>();
        for (int i = s; i < words.Length; i++) kept.Add(NameRun.StripPossessive(words[i]));
        return string.Join(" ", kept);
    }

    /// <summary>Whether <see cref="Bare"/> would give the phrase back unchanged: most names as the resolver meets them, looked up without a copy.</summary>
    private static bool IsBare(string phrase)
    {
        if (phrase.Length == 0 || phrase[0] == ' ' || phrase[phrase.Length - 1] == ' ') return false;
        if (phrase.IndexOf('.') >= 0 || phrase.IndexOf('\'') >= 0 || phrase.IndexOf('\u2019') >= 0 || phrase.IndexOf("  ", StringComparison.Ordinal) >= 0) return false;
        int space = phrase.IndexOf(' ');
        if (space < 0) return true;
        string first = phrase.Substring(0, space);
        return !first.Equals("the", StringComparison.OrdinalIgnoreCase) && !Lexicon.SourceTitles.Contains(first);
    }

    private static string Initials(string name, bool withConnectors)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var w in name.Split(' '))
        {
            if (w.Length == 0) continue;
            if (char.IsUpper(w[0]) || withConnectors) sb.Append(w[0]);
        }
        return sb.ToString();
    }

    private static readonly HashSet<string> NotInPersonNames = WordLists.Tagged("facility-heads", "source", and: "not-in-person-names");

    /// <summary>Two to five capitalised words with nothing that marks a law, event, building or list.</summary>
    private static bool LooksLikePersonName(string name)
    {
        foreach (var w in name.Split(' '))
        {
            if (NotInPersonNames.Contains(w)) return false;
            if (w.Length > 0 && char.IsDigit(w[0])) return false;
        }
        return true;
    }

    private static bool ContainsWord(string name, string word)
    {
        foreach (var w in name.Split(' ')) if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static bool IsOrganizationName(string name)
    {
        foreach (var w in name.Split(' ')) if (Lexicon.OrganizationWords.Contains(w)) return true;
        return false;
    }

    /// <summary>Words that make a capitalised run a place, event or date: the list, the weekdays and the month names but "May" (a given name).</summary>
    private static readonly HashSet<string> PlaceWords = ReadPlaceWords();

    private static HashSet<string> ReadPlaceWords()
    {
        var words = WordLists.Tagged("place-heads", "source", and: "source-place-words");
        words.UnionWith(WordLists.Words("weekdays"));
        foreach (var row in WordLists.Table("months")) if (row[1].Trim() != "May") words.Add(row[1].Trim());
        return words;
    }

    private static bool IsPlaceName(string name)
    {
        foreach (var w in name.Split(' ')) if (PlaceWords.Contains(w)) return true;
        return false;
    }

    private static bool AllCaps(string name)
    {
        foreach (char c in name) if (char.IsLower(c)) return false;
        return true;
    }

    private static bool IsGenericOrganizationNoun(string noun) =>
        noun.Equals("company", StringComparison.OrdinalIgnoreCase) || noun.Equals("firm", StringComparison.OrdinalIgnoreCase)
        || noun.Equals("group", StringComparison.OrdinalIgnoreCase) || noun.Equals("agency", StringComparison.OrdinalIgnoreCase)
        || noun.Equals("organisation", StringComparison.OrdinalIgnoreCase) || noun.Equals("organization", StringComparison.OrdinalIgnoreCase);
}
