using System;
using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// Finds the would-be names of one block: runs of capitalised words (with "of", "and", "&amp;" and name particles
/// where a name allows them), declared and gazetteer names, titles peeled off as roles, demonyms, datelines and
/// acronyms defined in brackets. One left-to-right pass; every lookup is bounded by the longest known name.
/// </summary>
internal sealed class CandidateFinder
{
    private readonly Gazetteer _gazetteer;
    private readonly GlossaryIndex _glossary;
    private readonly WordSet _lowerCaseWords;
    private readonly List<Candidate> _found;
    private readonly int _lookahead;
    private readonly bool _scores;

    private TokenText _t = new();
    private int _block;

    // The last TryKnown answer: a run asks about its first word several times.
    private int _memoIndex = -1;
    private bool _memoFound, _memoDeclared, _memoDemonym;
    private int _memoEnd;
    private KnownEntity? _memoKnown;

    public CandidateFinder(Gazetteer gazetteer, GlossaryIndex glossary, WordSet lowerCaseWords, List<Candidate> found, bool scores = false)
    {
        _scores = scores; // the article gives match scores: countries may be playing as teams
        _gazetteer = gazetteer;
        _glossary = glossary;
        _lowerCaseWords = lowerCaseWords;
        _found = found;
        _lookahead = Math.Min(16, Math.Max(gazetteer.MaxWords, glossary.MaxWords) * 2 + 1);
    }

    /// <summary>Finds the names of a block written in sentence case.</summary>
    public void FindIn(int block, TokenText text)
    {
        _t = text;
        _memoIndex = -1;
        _block = block;
        int i = 0;
        while (i < _t.Count)
        {
            if (!_t[i].IsWord) { i++; continue; }
            if (!_glossary.IsEmpty && !_t[i].IsCapitalized && _glossary.MayStartAt(_t.Word(i)) && TryKnown(i, out int end, out var known, out bool declared, out _))
            {
                i = EmitKnown(i, end, known, declared, false);
                continue;
            }
            if (!CanStartName(i)) { i++; continue; }
            int runEnd = ExtendRun(i);
            i = Math.Max(ProcessRun(i, runEnd), i + 1);
        }
    }

    /// <summary>Finds, in a Title Case or ALL CAPS headline, only names already known: declared, in the gazetteer, or found in the body.</summary>
    public void FindKnownIn(int block, TokenText text, IDictionary<string, Candidate> bodyNames)
    {
        _t = text;
        _memoIndex = -1;
        _block = block;
        int i = 0;
        while (i < _t.Count)
        {
            if (!_t[i].IsWord || !_t[i].IsCapitalized || Lexicon.CommonWords.Contains(_t.Word(i))) { i++; continue; }
            int matched = 0;
            Candidate? like = null;
            for (int k = Math.Min(_t.Count, i + 6); k > i; k--)
            {
                if (!_t[k - 1].IsWord) continue;
                if (bodyNames.TryGetValue(NameKey.Of(_t.Span(i, k)), out like)) { matched = k; break; }
            }
            if (matched > 0)
            {
                var c = Emit(i, matched);
                c.Known = like!.Known;
                c.Declared = like.Declared;
                c.IsDemonym = like.IsDemonym;
                i = matched;
                continue;
            }
            if (TryKnown(i, out int end, out var known, out bool declared, out bool demonym))
            {
                i = EmitKnown(i, end, known, declared, demonym);
                continue;
            }
            i++;
        }
    }

    private bool CanStartName(int i)
    {
        var t = _t[i];
        if (i > 0 && _t[i - 1].End == t.Start && _t.Word(i - 1) is "@" or "#") return false; // a handle or hashtag: "@POTUS"
        if (t.IsCapitalized) return OpensName(i);
        // "… said van den Berg": a particle may open a name in the middle of a sentence, not "… do I".
        int k = i;
        while (k < _t.Count && IsParticle(k)) k++;
        return k > i && k < _t.Count && _t[k].IsWord && _t[k].IsCapitalized && OpensName(k);
    }

    /// <summary>A capitalised word that may be a name's first: not a single letter ("A", "I"), "I'll", or a month or weekday.</summary>
    private bool OpensName(int i)
    {
        string w = _t.Word(i);
        if (w.Length == 1 || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal)) return false;
        return !Lexicon.Calendar.Contains(w);
    }

    /// <summary>A lower-case name particle ("van", "della"); checks the length first so ordinary words cost no string.</summary>
    private bool IsParticle(int k)
    {
        var t = _t[k];
        return t.IsWord && !t.IsCapitalized && t.Length <= 5 && Lexicon.NameParticles.Contains(_t.Word(k));
    }

    /// <summary>The end of the run of name words starting at <paramref name="i"/>.</summary>
    private int ExtendRun(int i)
    {
        int j = i + 1;
        bool connected = false;
        while (j < _t.Count && !_t[j - 1].IsPossessive)
        {
            var t = _t[j];
            if (t.IsWord && t.IsCapitalized && (!t.IsSentenceStart || _t.Word(j - 1).EndsWith(".", StringComparison.Ordinal) && !Lexicon.CommonWords.Contains(_t.Word(j)))
                && !Lexicon.NameStopWords.Contains(_t.Word(j))
                && !(Lexicon.Calendar.Contains(_t.Word(j)) && !(j - i == 1 && _gazetteer.IsGivenName(_t.Word(i)))))
            {
                j++;
                continue;
            }
            if (t.Kind == TokenKind.Number && t.Length <= 2 && _t[j - 1].IsWord && _t[j - 1].IsCapitalized && !_t[j - 1].IsPossessive
                && !_gazetteer.TryName(_t.Span(i, j), out _))
            {
                j++; // "Power of Siberia 2", "Vega 7"
                continue;
            }
            if (t.IsWord && Lexicon.NameParticles.Contains(_t.Word(j)) && NextCapital(j + 1) > 0)
            {
                j = NextCapital(j + 1);
                continue;
            }
            if (t.Kind == TokenKind.Punctuation && t.Length == 1 && _t.Text[t.Start] == '-' && SpacedHyphenJoins(j, connected))
            {
                j++; // "Federation of Baltic - Nordic Ferry Operators", as tokenised corpora space a hyphen
                continue;
            }
            string word = _t.Word(j);
            if (word is "of" or "for" or "and" or "&" or "on" or "at")
            {
                int k = j + 1;
                if (k < _t.Count && (word == "of" || word == "for" || word == "on") && _t.Word(k) == "the") k++;
                if (k < _t.Count && _t[k].IsWord && _t[k].IsCapitalized && !Lexicon.Calendar.Contains(_t.Word(k)) && AcceptConnector(word, i, j, k, connected))
                {
                    connected |= word != "&";
                    j = k;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    /// <summary>A hyphen with spaces around it between two capitalised words, after a demonym or inside a connected name.</summary>
    private bool SpacedHyphenJoins(int j, bool connected)
    {
        if (j + 1 >= _t.Count || _t[j - 1].End == _t[j].Start || _t[j].End == _t[j + 1].Start) return false;
        var next = _t[j + 1];
        if (!next.IsWord || !next.IsCapitalized || next.IsSentenceStart || !_t[j - 1].IsCapitalized) return false;
        return connected || _gazetteer.TryDemonym(_t.Word(j - 1), out _);
    }

    /// <summary>The index of the first capitalised word after a run of particles from <paramref name="k"/>, or 0.</summary>
    private int NextCapital(int k)
    {
        while (k < _t.Count && IsParticle(k)) k++;
        return k < _t.Count && _t[k].IsWord && _t[k].IsCapitalized ? k : 0;
    }

    /// <summary>Whether "A of B", "A and B", "A &amp; B" is one name: decided by A's head and what came before.</summary>
    private bool AcceptConnector(string connector, int start, int at, int next, bool connected)
    {
        if (connector == "&") return true;
        string lastOfA = _t.Word(at - 1);
        int bEnd = next;
        while (bEnd < _t.Count && _t[bEnd].IsWord && _t[bEnd].IsCapitalized) bEnd++;
        string lastOfB = _t.Word(bEnd - 1);
        switch (connector)
        {
            case "of":
            case "for":
            case "on":
                // "University of Bristol of the UK": a second place after a name that already holds one locates it.
                if (connector == "of" && NamesPlace(next, bEnd) && HoldsPlace(start, at)) return false;
                return connected || Lexicon.OfHeads.Contains(lastOfA) || Lexicon.OrganizationHeads.Contains(lastOfA);
            case "at":
                return connected && _t.Word(start) == "University";
            default: // and
                if (connected) return !(bEnd - next >= 2 && Lexicon.OrganizationHeads.Contains(lastOfB)) && !_gazetteer.TryName(_t.Span(next, bEnd), out _);
                int first = _t.Word(start) == "The" ? start + 1 : start; // "The Gordon and Betty Moore Foundation"
                return at - first == 1 && !_gazetteer.TryName(lastOfA, out _)
                    && (Lexicon.OrganizationHeads.Contains(lastOfB) || Lexicon.FacilityHeads.Contains(lastOfB));
        }
    }

    private bool NamesPlace(int from, int to) => _gazetteer.TryName(_t.Span(from, to), out var known) && known.Kind == EntityKind.Place;

    private bool HoldsPlace(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_t[k].IsCapitalized && _gazetteer.TryName(_t.Word(k), out var known) && known.Kind == EntityKind.Place) return true;
        }
        return false;
    }

    private int ProcessRun(int s, int e)
    {
        if (TryKnown(s, out int m, out var known, out bool declared, out bool demonym) && m >= e) return EmitKnown(s, m, known, declared, demonym);

        // Sentence-initial capitals of ordinary words are not names: "Despite", "In", "Officials".
        int original = s;
        while (s < e && (_t[s].IsSentenceStart || s > original || AfterNumberOrBracket(s)) && IsOrdinaryWord(s) && !OpensLongerKnownName(s)) s++;
        while (s < e && Lexicon.Calendar.Contains(_t.Word(s))) s++;
        if (s == e || OnlyTitles(s, e)) return e;
        if (e - s == 1 && IsNotAName(s)) return e;
        if (s > original && TryKnown(s, out m, out known, out declared, out demonym) && m >= e) return EmitKnown(s, m, known, declared, demonym);
        int runEnd = e;
        e = WithoutTrailingTitle(s, e);

        if (TryKnown(s, out m, out known, out declared, out demonym) && m < e)
        {
            // "Kenyan Ambassador": a country's or place's name before titles that name no one.
            if (OnlyTitles(m, e))
            {
                EmitKnown(s, m, known, declared, demonym);
                return runEnd;
            }
            // "… Ambassador to the United States Wanjiru Odhiambo says": a place, then a person's name.
            if (!demonym && known.Kind == EntityKind.Place && PersonNameFollows(m, e))
            {
                EmitKnown(s, m, known, declared, demonym);
                var named = Emit(m, e);
                named.Evidence.Add(EntityKind.Person, 4);
                ContextCues.Read(named, _t, m, e, _gazetteer, _block);
                return runEnd;
            }
        }

        // "Russian President Vladimir Putin", "US President Donald Trump": a place or demonym, a title, a name.
        int roleStart = s;
        int afterModifier = s;
        if (TryKnown(s, out m, out known, out declared, out demonym) && m < e && TitleEnd(m, e) > m)
        {
            EmitKnown(s, m, known, declared, demonym);
            afterModifier = m;
        }
        int titleEnd = TitleEnd(afterModifier, e);
        if (titleEnd > afterModifier)
        {
            var person = Emit(titleEnd, e);
            person.Evidence.Add(EntityKind.Person, 10);
            string role = RoleText(roleStart, afterModifier, titleEnd);
            if (role.Length > 0) person.Role = role;
            ContextCues.Read(person, _t, titleEnd, e, _gazetteer, _block);
            return runEnd;
        }

        if (PersonNameEnds(s, e))
        {
            // "… Federation of Baltic - Nordic Ferry Operators Ingrid Solberg said": an organisation, then who spoke for it.
            var body = Emit(s, e - 2);
            ContextCues.Read(body, _t, s, e - 2, _gazetteer, _block);
            var speaker = Emit(e - 2, e);
            speaker.Evidence.Add(EntityKind.Person, 4);
            ContextCues.Read(speaker, _t, e - 2, e, _gazetteer, _block);
            return runEnd;
        }

        var c = Emit(s, e);
        c.Listed = e - s == 1 && _t[s].IsSentenceStart && ListedWithKnownName(e);
        if (e - s == 1 && !_t[s].IsAllCaps && !_gazetteer.IsGivenName(c.Surface)
            && (_t[s].IsSentenceStart && !FollowedByReportingVerb(e, c.Surface) && !c.Listed || IsOrdinaryWord(s)))
        {
            // Capitalised only by its place in the sentence, or a word the article also writes in lower case ("the Commission"):
            // kept only if it joins a surer entity.
            c.Weak = true;
        }
        ContextCues.Read(c, _t, s, e, _gazetteer, _block);
        // "Ocean Warming Letters", "Quiet Harvest": words the article also writes in lower case make a title, not a person's name.
        if (e - s > 1 && OrdinaryWords(s, e) >= 2) c.Evidence.Add(EntityKind.Organization, 1);
        if (e - s > 1) EmitNestedPlaces(s, e, c);
        return e < runEnd ? runEnd : AfterBracketAlias(c, e);
    }

    /// <summary>
    /// "University of Leeds", "Kazan Arena", "Orlowa Police Department": a known place named inside a longer name
    /// is mentioned there too. The resolver drops such a mention again when the longer name is a place's or a person's.
    /// </summary>
    private void EmitNestedPlaces(int s, int e, Candidate outer)
    {
        for (int k = s; k < e; k++)
        {
            if (!_t[k].IsWord || !_t[k].IsCapitalized) continue;
            int m = LongestPlace(k, k == s ? e - 1 : e, out var known, out bool declared);
            if (m == 0) continue;
            var nested = Emit(k, m);
            nested.Known = known!;
            nested.Declared = declared;
            nested.NestedIn = outer;
            k = m - 1;
        }
    }

    /// <summary>The end of the longest declared or gazetteer place starting at <paramref name="k"/> and ending by <paramref name="limit"/>, or 0.</summary>
    private int LongestPlace(int k, int limit, out KnownEntity? place, out bool declared)
    {
        for (int m = Math.Min(limit, NameLimit(k, false)); m > k; m--)
        {
            if (_t[m - 1].Kind == TokenKind.Punctuation) continue;
            if (Lookup(_t.Span(k, m), false, out var known, out declared, out bool demonym) && !demonym && known.Kind == EntityKind.Place)
            {
                place = known;
                return m;
            }
        }
        place = null;
        declared = false;
        return 0;
    }

    /// <summary>Whether a known name of several words starts at <paramref name="i"/> ("New" of "The New Zealand cabinet").</summary>
    private bool OpensLongerKnownName(int i) =>
        (_gazetteer.StartsLongerName(_t.Word(i)) || _glossary.MayStartAt(_t.Word(i))) && TryKnown(i, out int end, out _, out _, out _) && end > i + 1;

    /// <summary>"Treasury Department Spokesperson", "Kent Sheriff": a title after an organisation's or place's name is not part of it.</summary>
    private int WithoutTrailingTitle(int s, int e)
    {
        if (e - s < 2 || !Lexicon.TitleHeads.Contains(_t.Word(e - 1))) return e;
        string before = _t.Word(e - 2);
        bool named = Lexicon.OrganizationHeads.Contains(before) || _t[e - 2].IsAllCaps || e - s == 2 && _gazetteer.TryName(before, out _);
        return named ? e - 1 : e;
    }

    /// <summary>A long name of an organisation whose last two words, before a reporting verb, are a person's name.</summary>
    private bool PersonNameEnds(int s, int e)
    {
        if (e - s < 4 || !FollowedByReportingVerb(e, _t.Word(e - 1))) return false;
        for (int k = e - 2; k < e; k++)
        {
            string w = _t.Word(k);
            if (!_t[k].IsWord || !_t[k].IsCapitalized || _t[k].IsAllCaps || Lexicon.OrganizationHeads.Contains(w) || Lexicon.FacilityHeads.Contains(w) || Lexicon.PlaceHeads.Contains(w)
                || k == e - 2 && _gazetteer.TryName(w, out _)) return false; // a surname may be a town's name ("Salem"), a given name rarely
        }
        for (int k = s; k < e - 2; k++)
        {
            if (Lexicon.OrganizationHeads.Contains(_t.Word(k)) || Lexicon.OrganizationStarts.Contains(_t.Word(k))) return true;
        }
        return false;
    }

    /// <summary>Two or three capitalised words after a known place that read as a person's name: a given name first, or a reporting verb after.</summary>
    private bool PersonNameFollows(int m, int e)
    {
        if (e - m < 2 || e - m > 3) return false;
        for (int k = m; k < e; k++)
        {
            string w = _t.Word(k);
            if (!_t[k].IsWord || !_t[k].IsCapitalized || _t[k].IsAllCaps || Lexicon.OrganizationHeads.Contains(w) || Lexicon.FacilityHeads.Contains(w) || Lexicon.PlaceHeads.Contains(w)) return false;
        }
        if (_gazetteer.TryName(_t.Span(m, e), out _)) return false;
        return _gazetteer.IsGivenName(_t.Word(m)) || FollowedByReportingVerb(e, _t.Word(e - 1));
    }

    private bool AfterNumberOrBracket(int i) => i > 0 && (_t[i - 1].Kind == TokenKind.Number || _t.Word(i - 1) is "(" or "[");

    /// <summary>"President", "Prime Minister", "Home Secretary": a title without a name names no one.</summary>
    private bool OnlyTitles(int s, int e)
    {
        for (int k = s; k < e; k++) if (!Lexicon.Titles.Contains(_t.Word(k))) return false;
        return true;
    }

    /// <summary>A faith, a people, an everyday acronym, or a word in capitals the article also writes in lower case ("UNLESS").</summary>
    private bool IsNotAName(int i)
    {
        string w = _t.Word(i);
        if (Lexicon.NotNames.Contains(w)) return true;
        if (_t[i].IsAllCaps && IsRomanNumeral(w)) return true; // "part XVII"
        if (_t[i].IsAllCaps && w.Length > 2 && Lexicon.CommonWords.Contains(w) && !_gazetteer.TryName(w, out _)) return true; // "UNLESS", "THE"
        return _t[i].IsAllCaps && w.Length > 3 && _lowerCaseWords.ContainsLowered(w);
    }

    private static bool IsRomanNumeral(string w)
    {
        foreach (char c in w) if (c is not ('I' or 'V' or 'X')) return false;
        return true;
    }

    private int OrdinaryWords(int s, int e)
    {
        int n = 0;
        for (int k = s; k < e; k++) if (_t[k].IsWord && _t[k].IsCapitalized && IsOrdinaryWord(k)) n++;
        return n;
    }

    private bool IsOrdinaryWord(int i)
    {
        string w = _t.Word(i);
        if (Lexicon.CommonWords.Contains(w)) return true;
        if (_t[i].IsAllCaps || _gazetteer.IsGivenName(w) || _gazetteer.TryName(w, out _) || _gazetteer.TryDemonym(w, out _)) return false;
        if (w.Length <= 5 && Lexicon.NameParticles.Contains(w.ToLowerInvariant())) return false; // "Van den Berg said"
        return _lowerCaseWords.ContainsLowered(w) || w.Length > 1 && w[w.Length - 1] == 's' && _lowerCaseWords.ContainsLowered(w, w.Length - 1);
    }

    /// <summary>"Qorvane, Microsoft and Sony …": a sentence-initial word listed with a known name is one too.</summary>
    private bool ListedWithKnownName(int e)
    {
        if (e + 1 >= _t.Count || _t.Word(e) is not ("," or "and") || !_t[e + 1].IsCapitalized) return false;
        return TryKnown(e + 1, out _, out _, out _, out bool demonym) && !demonym;
    }

    private bool FollowedByReportingVerb(int e, string word) =>
        e < _t.Count && _t[e].IsWord && Lexicon.NameCueReportingVerbs.Contains(_t.Word(e)) && !word.EndsWith("s", StringComparison.Ordinal);

    /// <summary>If a title sequence ("Prime Minister", "Mr", "Chief Executive") starts at <paramref name="i"/> and a name follows, the name's start; else <paramref name="i"/>.</summary>
    private int TitleEnd(int i, int e)
    {
        int k = i;
        int lastHead = -1;
        while (k < e && _t[k].IsWord && Lexicon.Titles.Contains(_t.Word(k)))
        {
            if (Lexicon.TitleHeads.Contains(_t.Word(k))) lastHead = k;
            k++;
        }
        // "Reporter Mara Quint asked …": a role noun capitalised only by opening the sentence, before a name of two or three words
        if (lastHead < 0 && _t[i].IsSentenceStart && Lexicon.RoleNouns.Contains(_t.Word(i)) && e - i >= 3 && e - i <= 4 && _t[i + 1].IsCapitalized) lastHead = i;
        if (lastHead < 0) return i;
        int name = lastHead + 1;
        if (name >= e) return i;
        // "Justice Department", "General Motors": the title word is part of an organisation's name.
        if (Lexicon.OrganizationStarts.Contains(_t.Word(name)) || Lexicon.CompanySuffixes.Contains(_t.Word(name))) return i;
        string last = _t.Word(e - 1);
        if ((Lexicon.OrganizationHeads.Contains(last) || Lexicon.FacilityHeads.Contains(last)) && (e - name >= 2 || e - i == 2)) return i;
        return name;
    }

    /// <summary>The role a title gives: "Russian President", "Chief Executive"; honorifics alone give none.</summary>
    private string RoleText(int roleStart, int titleStart, int titleEnd)
    {
        bool onlyHonorifics = true;
        for (int k = titleStart; k < titleEnd; k++) if (!Lexicon.Honorifics.Contains(_t.Word(k))) onlyHonorifics = false;
        return onlyHonorifics ? "" : _t.Span(roleStart, titleEnd);
    }

    /// <summary>"Competition and Markets Authority (CMA)": the bracketed form is an alias of the name before it.</summary>
    private int AfterBracketAlias(Candidate name, int e)
    {
        if (e + 2 >= _t.Count || _t.Word(e) != "(") return e;
        int k = e + 1;
        while (k < _t.Count && k < e + 7 && _t[k].IsWord && (_t[k].IsCapitalized || Lexicon.NameParticles.Contains(_t.Word(k)) || _t.Word(k) is "of" or "and")) k++;
        if (k == e + 1 || k >= _t.Count || _t.Word(k) != ")" || !_t[e + 1].IsCapitalized) return e;
        bool acronym = k == e + 2 && _t[e + 1].IsAllCaps;
        if (!acronym && TryKnown(e + 1, out int m, out var known, out _, out _) && m == k && !string.Equals(known.Name, name.Surface, StringComparison.Ordinal)) return e;
        var alias = Emit(e + 1, k);
        alias.DefinedBy = name;
        return k + 1;
    }

    private int EmitKnown(int s, int e, KnownEntity known, bool declared, bool demonym)
    {
        var c = Emit(s, e);
        c.Known = known;
        c.Declared = declared;
        c.IsDemonym = demonym;
        if (known.Kind == EntityKind.Organization && e - s > 1) EmitNestedPlaces(s, e, c); // "California Institute of Technology"
        // A town's name is also a surname ("Lyon said"): its cues let Resolver tell the person from the place.
        if (!declared && !demonym && known.Type == "City" && e - s == 1) ContextCues.Read(c, _t, s, e, _gazetteer, _block);
        if (_scores && !declared && !demonym && known.Type == "Country" && TeamCues.PlaysAt(_t, s, e, _gazetteer))
        {
            c.Evidence.Add(EntityKind.Organization, 3);
            c.SetType(EntityKind.Organization, "Sport");
        }
        return demonym ? e : AfterBracketAlias(c, e);
    }

    private Candidate Emit(int s, int e)
    {
        int count = 0;
        for (int k = s; k < e; k++) if (_t[k].Kind != TokenKind.Punctuation) count++;
        var words = new string[count];
        count = 0;
        for (int k = s; k < e; k++) if (_t[k].Kind != TokenKind.Punctuation) words[count++] = _t.Word(k);
        var c = new Candidate(_block, _t[s].Start, _t[e - 1].End - _t[s].Start, _t.Span(s, e), words);
        if (IsDateline(s, e)) c.Evidence.Add(EntityKind.Place, 10);
        _found.Add(c);
        return c;
    }

    /// <summary>"LONDON —", "ST. LOUIS, Mo. —": capitals opening a paragraph, before a dash or comma.</summary>
    private bool IsDateline(int s, int e)
    {
        if (s != 0 || e >= _t.Count) return false;
        for (int k = s; k < e; k++) if (_t[k].IsWord && !_t[k].IsAllCaps) return false; // "J.R. Okafor, chief operating officer" is no dateline
        string next = _t.Word(e);
        return next is "—" or "–" or "-" or ",";
    }

    /// <summary>The longest declared or gazetteer name (or demonym) starting at <paramref name="i"/>; remembered for the last index asked.</summary>
    private bool TryKnown(int i, out int end, out KnownEntity known, out bool declared, out bool demonym)
    {
        if (_memoIndex != i)
        {
            _memoIndex = i;
            _memoFound = LookupLongest(i, out _memoEnd, out _memoKnown, out _memoDeclared, out _memoDemonym);
        }
        end = _memoEnd;
        known = _memoKnown!;
        declared = _memoDeclared;
        demonym = _memoDemonym;
        return _memoFound;
    }

    private bool LookupLongest(int i, out int end, out KnownEntity known, out bool declared, out bool demonym)
    {
        bool allCaps = _t[i].IsAllCaps;
        for (int k = NameLimit(i, allCaps); k > i + 1; k--)
        {
            if (_t[k - 1].Kind == TokenKind.Punctuation) continue;
            if (HasPossessiveBefore(i, k - 1)) continue;
            if (Lookup(_t.Span(i, k), allCaps, out known, out declared, out demonym)) { end = k; return true; }
        }
        end = i + 1;
        return Lookup(_t.Word(i), allCaps, out known, out declared, out demonym);
    }

    /// <summary>
    /// How far a declared or gazetteer name starting at <paramref name="i"/> can reach: past as many words (not punctuation)
    /// as the longest name starting with that word has; <paramref name="i"/> + 1 when none has more than one.
    /// </summary>
    private int NameLimit(int i, bool allCaps)
    {
        string first = _t.Word(i);
        int words = _gazetteer.LongestNameFrom(first, allCaps);
        if (_glossary.MayStartAt(first) || allCaps && !_glossary.IsEmpty) words = Math.Max(words, _glossary.MaxWords);
        if (words <= 1) return i + 1;
        int limit = i, counted = 0;
        while (limit < _t.Count && limit < i + _lookahead && counted <= words)
        {
            if (_t[limit].Kind != TokenKind.Punctuation) counted++;
            limit++;
        }
        return limit;
    }

    private bool HasPossessiveBefore(int from, int last)
    {
        for (int k = from; k < last; k++) if (_t[k].IsPossessive) return true;
        return false;
    }

    private bool Lookup(string surface, bool ignoreCase, out KnownEntity known, out bool declared, out bool demonym)
    {
        declared = demonym = false;
        if (_glossary.TryName(surface, false, out known) || ignoreCase && _glossary.TryName(surface, true, out known)) return declared = true;
        if (_gazetteer.TryName(surface, out known)) return true;
        if (_gazetteer.TryDemonym(surface, out known)) return demonym = true;
        return ignoreCase && surface.Length > 3 && _gazetteer.TryNameIgnoringCase(surface, out known);
    }
}
