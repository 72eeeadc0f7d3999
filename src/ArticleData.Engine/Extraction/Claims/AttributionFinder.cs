using System;
using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>
/// Finds who a sentence attributes its statement to, outside quotation marks: "according to X"; "…, said X";
/// "…, X said"; "X said / told / estimated that …", with an apposition skipped ("X, which owns 9 per cent of Y, said")
/// or taken when it holds the name ("Its chairman, Sir Edward Lisle, said"). The source is then resolved: pronouns,
/// short names and "the company" become the full name met before (see <see cref="SourceResolver"/>).
/// </summary>
internal static class AttributionFinder
{
    private static readonly HashSet<string> Auxiliaries = WordLists.Folded("attribution-auxiliaries");

    private static readonly HashSet<string> ClauseWords = WordLists.Folded("attribution-clause-words");

    private static readonly HashSet<string> NotBeforeVerb = WordLists.Folded("attribution-not-before-verb");

    /// <summary>Verbs that stand before their subject at the end of a quote or clause: "…, said Priya Raman".</summary>
    private static readonly HashSet<string> InvertingVerbs = WordLists.Tagged("reporting-verbs", "inverting");

    /// <summary>Everyday verbs that report only before a clause ("found that", "think it was"), not before an object ("added it to its list").</summary>
    private static readonly HashSet<string> ClauseOnlyVerbs = WordLists.Tagged("reporting-verbs", "clause-only");

    private static readonly HashSet<string> ClauseVerbs = WordLists.Folded("attribution-clause-verbs");

    private static readonly HashSet<string> Pronouns = WordLists.Folded("subject-pronouns");

    private static readonly HashSet<string> TrailingFillers = WordLists.Folded("attribution-trailing-fillers");

    /// <summary>Nouns that make a noun phrase a plausible source for an everyday verb such as "found" or "welcomed".</summary>
    private static readonly HashSet<string> SourceNouns = WordLists.Folded("source-nouns");

    private static readonly HashSet<string> DocumentNouns = WordLists.Folded("document-nouns");

    private static readonly HashSet<string> DescriptionNouns = WordLists.Folded("description-nouns");

    public static AttributionInfo? Find(TokenRange tokens, SourceResolver resolver, Func<int, long> positionOf)
    {
        int n = tokens.Count;
        // 1. "according to X" — unless a reporting clause governs it: "The Courier has learned that according to a memo",
        // or the outlet named first quotes a speaker: "According to the Gazette, Dr Lind … said"
        if (AccordingTo(tokens) is { } according)
        {
            // only where it opens the reported clause ("learned that according to"); a closing "…, according to a report" qualifies the whole sentence
            int at = according.At;
            bool inReported = at > 0 && (tokens[at - 1].Is("that") || (at > 1 && tokens[at - 1].IsPunctuation(',') && tokens[at - 2].Is("that")));
            var main = inReported ? ReportingClause(tokens, 1, at) : at == 0 ? ReportingClause(tokens, according.End, n) : null;
            return main is { } m
                ? Resolve(tokens, m.Start, m.End, tokens[m.Verb].Text, resolver, positionOf)
                : Resolve(tokens, according.Start, according.End, "according to", resolver, positionOf);
        }
        return Rest(tokens, resolver, positionOf) ?? FirstPerson(tokens, resolver);
    }

    /// <summary>"I think …", "I realised that …" outside quotation marks, in an interview: the interviewee speaks.</summary>
    private static AttributionInfo? FirstPerson(TokenRange tokens, SourceResolver resolver)
    {
        if (resolver.Interviewee is not { } speaker) return null;
        for (int v = 1; v < tokens.Count; v++)
        {
            if (!IsVerbCandidate(tokens, v)) continue;
            // "I do think", "I have always believed", "I really noticed"
            int k = BeforeAuxiliaries(tokens, v);
            if (k >= 0 && tokens[k].Text == "I" && !tokens[k].Quoted) return new AttributionInfo(speaker.Source, speaker.Entity, tokens[v].Text);
        }
        return null;
    }

    /// <summary>Where "according to X" stands and the span of X to resolve.</summary>
    private static (int At, int Start, int End)? AccordingTo(TokenRange tokens)
    {
        int n = tokens.Count;
        for (int i = 0; i + 1 < n; i++)
        {
            if (tokens[i].Quoted || !tokens[i].Is("according") || !tokens[i + 1].Is("to")) continue;
            int end = PhraseEnd(tokens, i + 2, n);
            if (end <= i + 2) continue;
            int nameStart = -1, nameEnd = -1;
            if (end - (i + 2) > 8)
            {
                // "According to Okafor the deposit was repaid": no comma, so the source is the name that opens the phrase
                var opening = NameRun.Find(tokens, i + 2, end);
                if (opening.Count == 0 || opening[0].First > i + 3) continue;
                end = opening[0].Last + 1;
            }
            // "according to Daejin's chief executive, Park Ji-hoon"
            if (end < n && tokens[end].IsPunctuation(',') && IsRole(tokens, i + 2, end))
            {
                int after = PhraseEnd(tokens, end + 1, n);
                var named = NameRun.Find(tokens, end + 1, after);
                bool pureName = named.Count == 1 && named[0].Last == after - 1 && named[0].First <= end + 2;
                bool last = after >= n || (tokens[after].Kind == TokenKind.Punctuation && (!tokens[after].IsPunctuation(',') || pureName));
                // only a name after the comma: in "according to legend, Osric was born …" the comma opens the reported clause
                if (after > end + 1 && tokens[end + 1].IsCapitalized && last && pureName) { nameStart = end + 1; nameEnd = after; }
            }
            // "figures published by ESA": the body that published them
            for (int k = i + 3; k + 1 < end && nameStart < 0; k++)
            {
                if (tokens[k].Is("by") && tokens[k + 1].IsCapitalized && (tokens[k - 1].Text.EndsWith("ed", StringComparison.Ordinal))) { nameStart = k + 1; nameEnd = end; }
            }
            return nameStart >= 0 ? (i, nameStart, nameEnd) : (i, i + 2, end);
        }
        return null;
    }

    /// <summary>The other patterns: a signed quotation, "…, said X", "…, X said", "X said / told / estimated …".</summary>
    private static AttributionInfo? Rest(TokenRange tokens, SourceResolver resolver, Func<int, long> positionOf)
    {
        int n = tokens.Count;

        // "“…” — Nora Bell": a quotation signed with a dash
        for (int d = 1; d + 1 < n; d++)
        {
            if (!IsDash(tokens[d]) || !IsQuoteMark(tokens[d - 1]) || tokens[d].Quoted) continue;
            int end = PhraseEnd(tokens, d + 1, n);
            if (end > d + 1 && tokens[d + 1].IsCapitalized && (end >= n || tokens[end].Kind == TokenKind.Punctuation))
            {
                return Resolve(tokens, d + 1, end, "—", resolver, positionOf);
            }
        }

        // 2. "…, said X" and 3. "…, X said (on Tuesday)."
        for (int v = 1; v < n; v++)
        {
            if (!IsVerbCandidate(tokens, v) || !InvertingVerbs.Contains(tokens[v].Text)) continue;
            var before = tokens[v - 1];
            if ((before.IsPunctuation(',') || IsQuoteMark(before)) && v + 1 < n && StartsNounPhrase(tokens[v + 1]))
            {
                int end = PhraseEnd(tokens, v + 1, n);
                bool closes = end >= n || tokens[end].Kind == TokenKind.Punctuation;
                // a long phrase only where it names a document's author ("said the post by an anonymous writer on a local forum")
                bool shortOrAuthored = end - (v + 1) <= 8 || DocumentAuthor(tokens, v + 1, end) is not null;
                if (end > v + 1 && shortOrAuthored && closes && IsInvertedSource(tokens, v + 1, end)) return Resolve(tokens, v + 1, end, tokens[v].Text, resolver, positionOf);
            }
        }
        for (int v = 1; v < n; v++)
        {
            if (!IsVerbCandidate(tokens, v) || !ShortTail(tokens, v + 1)) continue;
            var subject = Subject(tokens, v);
            if (subject is not { } s || s.Start == 0) continue;
            var left = tokens[s.Start - 1];
            if (!left.IsPunctuation(',') && !IsQuoteMark(left)) continue;
            if (!IsSource(tokens, s.Start, s.End, Lexicon.WeakReportingVerbs.Contains(tokens[v].Text))) continue;
            return Resolve(tokens, s.Start, s.End, tokens[v].Text, resolver, positionOf);
        }

        // 4. "X said / told / estimated …"
        if (ReportingClause(tokens, 1, n) is { } c) return Resolve(tokens, c.Start, c.End, tokens[c.Verb].Text, resolver, positionOf);
        // 5. "…, with one poster writing “…”": a reporting participle after "with" and its subject
        return WithParticiple(tokens) is { } w ? Resolve(tokens, w.Start, w.End, tokens[w.End].Text, resolver, positionOf) : null;
    }

    private static readonly HashSet<string> ReportingParticiples = WordLists.Folded("reporting-participles");

    /// <summary>The subject span of "with X saying/writing/stating …", which ends right before the participle.</summary>
    private static (int Start, int End)? WithParticiple(TokenRange tokens)
    {
        for (int w = 0; w + 2 < tokens.Count; w++)
        {
            if (tokens[w].Quoted || !tokens[w].Is("with")) continue;
            for (int p = w + 2; p < tokens.Count && p <= w + 5; p++)
            {
                if (!tokens[p].IsWord || tokens[p].Quoted) break;
                if (!ReportingParticiples.Contains(tokens[p].Text)) continue;
                if (IsSource(tokens, w + 1, p, false)) return (w + 1, p);
                break;
            }
        }
        return null;
    }

    /// <summary>The first "X said / told / estimated …" whose verb stands in [<paramref name="from"/>, <paramref name="to"/>): the subject's span and the verb.</summary>
    private static (int Start, int End, int Verb)? ReportingClause(TokenRange tokens, int from, int to)
    {
        for (int v = Math.Max(1, from); v < to; v++)
        {
            if (!IsVerbCandidate(tokens, v)) continue;
            var subject = SharedSubject(tokens, v) ?? Subject(tokens, v);
            if (subject is not { } s) continue;
            if (!IsSource(tokens, s.Start, s.End, Lexicon.WeakReportingVerbs.Contains(tokens[v].Text))) continue;
            return (s.Start, s.End, v);
        }
        return null;
    }

    /// <summary>
    /// "The under-21 manager, Colm Rafferty, watched from the stand and said …": a reporting verb after "and" shares the
    /// subject of the clause's first verb, found where a name in apposition opens the sentence.
    /// </summary>
    private static (int Start, int End)? SharedSubject(TokenRange tokens, int v)
    {
        if (v < 2 || !tokens[v - 1].Is("and")) return null;
        int commas = 0;
        for (int i = 0; i < v - 1; i++)
        {
            if (tokens[i].Quoted) return null;
            if (tokens[i].IsPunctuation(',')) { commas++; continue; }
            // the first word after the apposition's closing comma is the first verb: its subject is the sentence's
            if (commas == 2 && tokens[i - 1].IsPunctuation(',')) return tokens[i].IsWord && !tokens[i].IsCapitalized ? Subject(tokens, i) : null;
            if (commas > 2) return null;
        }
        return null;
    }

    private static bool IsVerbCandidate(TokenRange tokens, int v)
    {
        var t = tokens[v];
        if ((t.Cues & WordCue.ReportingVerb) == 0 || t.Quoted || char.IsUpper(t.Text[0])) return false;
        if (v > 0 && tokens[v - 1].IsWord && NotBeforeVerb.Contains(tokens[v - 1].Text)) return false;
        if (NegatedOrPassive(tokens, v)) return false;
        // "is said to be", "reported to have": an infinitive, not a report ("stated to the Gazette that" still is one)
        if (v + 2 < tokens.Count && tokens[v + 1].Is("to") && tokens[v + 2].IsWord && !tokens[v + 2].IsCapitalized
            && !tokens[v + 2].Is("the") && !tokens[v + 2].Is("a") && !tokens[v + 2].Is("an") && !tokens[v + 2].Is("reporters")) return false;
        if (ClauseOnlyVerbs.Contains(t.Text) && !ClauseFollows(tokens, v) && !ClosesQuote(tokens, v)) return false;
        // "Local reports have suggested": a noun before its verb
        if (v + 1 < tokens.Count && ClauseVerbs.Contains(tokens[v + 1].Text)) return false;
        return true;
    }

    /// <summary>
    /// "have not said why", "never confirmed": nobody is reported as saying anything; "was initially denied": a
    /// passive, whose subject is not a source. Looks back over auxiliaries and adverbs.
    /// </summary>
    private static bool NegatedOrPassive(TokenRange tokens, int v)
    {
        for (int k = v - 1; k >= 0 && tokens[k].IsWord && !tokens[k].IsCapitalized; k--)
        {
            var t = tokens[k];
            if (t.Is("not") || t.Is("never") || t.Text.EndsWith("n't", StringComparison.Ordinal) || t.Text.EndsWith("n\u2019t", StringComparison.Ordinal)) return true;
            if (t.Is("was") || t.Is("were") || t.Is("been") || t.Is("being") || t.Is("be") || t.Is("is") || t.Is("are")) return true;
            if (!IsAuxiliaryOrAdverb(t)) break;
        }
        return false;
    }

    /// <summary>A reported clause follows the verb: "that" soon after, a quote, a pronoun and a verb, or nothing much (end of sentence).</summary>
    private static bool ClauseFollows(TokenRange tokens, int v)
    {
        for (int i = v + 1; i < tokens.Count && i <= v + 4; i++)
        {
            if (tokens[i].Is("that") || tokens[i].Quoted) return true;
            if ((tokens[i].IsPunctuation(',') || tokens[i].IsPunctuation(':')) && i == v + 1) return true;
        }
        if (v + 2 < tokens.Count && Pronouns.Contains(tokens[v + 1].Text) && ClauseVerbs.Contains(tokens[v + 2].Text)) return true;
        // "found the loss of river fish … doubled": a finite verb soon after, before any punctuation
        for (int i = v + 2; i < tokens.Count && i <= v + 8; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) break;
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && (ClauseVerbs.Contains(tokens[i].Text) || (tokens[i].Text.EndsWith("ed", StringComparison.Ordinal) && i > v + 2 && !tokens[i - 1].Is("the") && !tokens[i - 1].Is("a")))) return true;
        }
        if (v + 2 < tokens.Count && (tokens[v + 1].Is("the") || tokens[v + 1].IsCapitalized) && v + 3 < tokens.Count && ClauseVerbs.Contains(tokens[v + 3].Text)) return true;
        return ShortTail(tokens, v + 1) && v + 1 < tokens.Count && !tokens[v + 1].IsWord;
    }

    /// <summary>"“…”, added KCNA.": after a quotation and a comma, a verb and a short name end the sentence.</summary>
    private static bool ClosesQuote(TokenRange tokens, int v)
    {
        if (v < 2 || !tokens[v - 1].IsPunctuation(',') || !IsQuoteMark(tokens[v - 2]) && !IsQuoteMark(tokens[v - 1])) return false;
        int words = 0;
        for (int i = v + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return words > 0 && i == tokens.Count - 1;
            if (++words > 4 || (words == 1 && !tokens[i].IsCapitalized)) return false;
        }
        return words > 0;
    }

    /// <summary>After the verb only a short tail (time, place, addressee) is left: the attribution closes the sentence.</summary>
    private static bool ShortTail(TokenRange tokens, int from)
    {
        int words = 0;
        for (int i = from; i < tokens.Count; i++)
        {
            if (tokens[i].Is("that") || tokens[i].Quoted) return false;
            if (tokens[i].IsPunctuation(',')) break;
            if (tokens[i].IsWord || tokens[i].Kind == TokenKind.Number) words++;
        }
        return words <= 6;
    }

    private static bool StartsNounPhrase(TokenView t) =>
        t.IsCapitalized || t.Is("the") || t.Is("a") || t.Is("an") || t.Is("its") || t.Is("his") || t.Is("her") || t.Is("their") || t.Is("one") || t.Is("two");

    private static bool IsDash(TokenView t) =>
        t.Kind == TokenKind.Punctuation && (t.Text[0] == '-' || t.Text[0] == '\u2014' || t.Text[0] == '\u2013');

    private static bool IsQuoteMark(TokenView t) =>
        t.Kind == TokenKind.Punctuation && (t.Text[0] == '"' || t.Text[0] == '\u201D' || t.Text[0] == '\u201C');

    /// <summary>Where a noun phrase starting at <paramref name="from"/> ends: at a comma, other punctuation or a clause word.</summary>
    private static int PhraseEnd(TokenRange tokens, int from, int n)
    {
        int i = from;
        while (i < n)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Text[0] == '&' || t.Text[0] == '-' || t.IsPossessiveMark || t.IsWordJoiner) { i++; continue; }
                if (t.Text[0] == '.' && i > from && (tokens[i - 1].Text.Length == 1 || Lexicon.TitleAbbreviations.Contains(tokens[i - 1].Text)) && i + 1 < n && tokens[i + 1].IsWord) { i++; continue; }
                break;
            }
            if (i > from && (t.Is("that") || t.Is("who") || t.Is("which") || (ClauseWords.Contains(t.Text) && !t.Is("and")))) break;
            // a reporting verb ends the phrase, but not a document noun spelt like one ("its annual report")
            if (i > from && t.IsWord && !char.IsUpper(t.Text[0]) && Lexicon.ReportingVerbs.Contains(t.Text) && i - from > 1 && !DocumentNouns.Contains(t.Text)) break;
            i++;
        }
        return i;
    }

    /// <summary>The subject before the verb at <paramref name="v"/>, skipping auxiliaries, a bracketed acronym and appositions.</summary>
    private static bool IsSubjectPronoun(TokenView t) => t.Is("he") || t.Is("she") || t.Is("they") || t.Is("we");

    /// <summary>An auxiliary ("has", "would") or an adverb in -ly ("reportedly") between a subject and its verb.</summary>
    private static bool IsAuxiliaryOrAdverb(TokenView t) =>
        Auxiliaries.Contains(t.Text) || (t.Text.EndsWith("ly", StringComparison.Ordinal) && t.Text.Length > 4);

    /// <summary>The index of the last token before the verb at <paramref name="v"/> that is no lower-case auxiliary or adverb (-1 if none).</summary>
    private static int BeforeAuxiliaries(TokenRange tokens, int v)
    {
        int k = v - 1;
        while (k >= 0 && tokens[k].IsWord && !tokens[k].IsCapitalized && IsAuxiliaryOrAdverb(tokens[k])) k--;
        return k;
    }

    private static (int Start, int End)? Subject(TokenRange tokens, int v)
    {
        int k = BeforeAuxiliaries(tokens, v);
        if (k < 0) return null;
        // "Early in life he denied …": a subject pronoun right before the verb is the subject, whatever opens the clause
        if (k > 0 && IsSubjectPronoun(tokens[k])) return (k, k + 1);
        if (tokens[k].IsPunctuation(','))
        {
            // "Dana Keller, the chief executive of Brennan Freight, said", "Its chairman, Sir Edward Lisle, said":
            // comma-separated segments back to the clause start; the subject is the first that does not open with a preposition
            var segments = new List<(int Start, int End)>();
            int end = k;
            int i = k - 1;
            while (true)
            {
                int start = i;
                while (start >= 0 && !tokens[start].IsPunctuation(',') && !IsBoundaryPunctuation(tokens[start])) start--;
                segments.Insert(0, (start + 1, end));
                if (start < 0 || !tokens[start].IsPunctuation(',') || segments.Count > 4) break;
                end = start;
                i = start - 1;
            }
            // "The consultancy Brightwell.io, has said": one segment, the subject itself
            if (segments.Count < 2) return segments[0].End > segments[0].Start ? CutRelative(tokens, segments[0].Start, segments[0].End) : null;
            int first = 0;
            while (first < segments.Count - 1 && OpensWithPreposition(tokens, segments[first].Start)) first++;
            if (first >= segments.Count - 1) return null;
            var subject = segments[first];
            var next = segments[first + 1];
            // "Its chief executive, the Rev. Marcus Tolliver, said": the name may open with "the" and a title
            int name = next.Start + 1 < next.End && tokens[next.Start].Is("the") ? next.Start + 1 : next.Start;
            if (IsRole(tokens, subject.Start, subject.End) && next.End > name && tokens[name].IsCapitalized && HasName(tokens, name, next.End))
            {
                return (name, NameEnd(tokens, name, next.End));
            }
            return CutRelative(tokens, subject.Start, subject.End);
        }
        int phraseStart = PhraseStartBackward(tokens, k);
        if (phraseStart > k) return NameBefore(tokens, k);
        if (phraseStart > 0 && tokens[phraseStart - 1].Is("what")) return null;
        return CutRelative(tokens, phraseStart, k + 1);
    }

    /// <summary>
    /// "Regional secretary of the northern branch of the Federation … Ingrid Solberg said": when the subject is too long to
    /// take whole, the capitalised words standing right before the verb name the speaker.
    /// </summary>
    private static (int Start, int End)? NameBefore(TokenRange tokens, int k)
    {
        if (!tokens[k].IsCapitalized || tokens[k].Quoted) return null;
        int start = k;
        while (start > 0 && k - start < 3 && tokens[start - 1].IsCapitalized && !tokens[start - 1].Quoted) start--;
        return k > start ? (start, k + 1) : null;
    }

    private static bool OpensWithPreposition(TokenRange tokens, int start)
    {
        var t = tokens[start];
        return t.IsWord && (Lexicon.FunctionWords.Contains(t.Text) && !t.Is("the") && !t.Is("a") && !t.Is("an") && !t.Is("its") && !t.Is("his") && !t.Is("her") && !t.Is("their") && !t.Is("some") && !t.Is("many") && !t.Is("most") && !t.Is("several") && !t.Is("two") || t.Text.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>A role rather than a name: the phrase's head word is lower case ("Its chairman", "Corvane's chief executive", "The U.S. attorney in St. Louis").</summary>
    private static bool IsRole(TokenRange tokens, int start, int end)
    {
        // the head stands before any prepositional tail
        for (int i = start + 1; i < end; i++)
        {
            if (IsPreposition(tokens[i])) { end = i; break; }
        }
        for (int i = end - 1; i >= start; i--)
        {
            if (!tokens[i].IsWord) continue;
            return !tokens[i].IsCapitalized;
        }
        return false;
    }

    /// <summary>"Reviewers who tested early units" → "Reviewers".</summary>
    private static (int Start, int End)? CutRelative(TokenRange tokens, int start, int end)
    {
        while (start < end && tokens[start].Kind == TokenKind.Punctuation) start++;
        for (int j = start + 1; j < end; j++)
        {
            // lower case only: "the World Health Organization (WHO)" keeps its acronym
            string w = tokens[j].Text;
            if (w == "who" || w == "which" || w == "whose" || w == "that") { end = j; break; }
        }
        // "The World Health Organization (WHO)": drop the bracketed acronym
        if (end - start >= 4 && tokens[end - 1].IsPunctuation(')') && tokens[end - 3].IsPunctuation('(')) end -= 3;
        return end > start ? (start, end) : null;
    }

    private static bool IsBoundaryPunctuation(TokenView t) =>
        t.Kind == TokenKind.Punctuation && (t.Text[0] == ';' || t.Text[0] == ':' || t.Text[0] == '\u2014' || t.Text[0] == '"' || t.Text[0] == '\u201C' || t.Text[0] == '\u201D');

    /// <summary>Walks back from <paramref name="k"/> over a noun phrase (names with initials, a bracketed acronym) to a clause boundary.</summary>
    private static int PhraseStartBackward(TokenRange tokens, int k)
    {
        int i = k;
        int count = 0;
        while (i >= 0)
        {
            var t = tokens[i];
            if (t.Quoted) break;
            if (t.Kind == TokenKind.Punctuation)
            {
                char c = t.Text[0];
                if (c == '&' || c == '-' || t.IsPossessiveMark || t.IsWordJoiner) { i--; continue; }
                if (c == '.' && i > 0 && (tokens[i - 1].Text.Length == 1 || Lexicon.TitleAbbreviations.Contains(tokens[i - 1].Text))) { i--; continue; }
                if (c == ')')
                {
                    int open = i - 1;
                    while (open >= 0 && !tokens[open].IsPunctuation('(')) open--;
                    if (open < 0) break;
                    i = open - 1;
                    continue;
                }
                break;
            }
            if (t.Is("what") || t.Is("why") || t.Is("how")) break;
            if (ClauseWords.Contains(t.Text) && !t.Is("and")) break;
            // "said the alliance was likely to … the Baltic states": a finite verb on the way back means a clause, not a subject
            // (not a document noun after its determiner: "A report by the auditor said")
            if (t.IsWord && !t.IsCapitalized && (ClauseVerbs.Contains(t.Text) || Lexicon.ReportingVerbs.Contains(t.Text)) && i < k && !IsDocumentNoun(tokens, i)) return k + 1;
            if (t.Is("and") && !(i > 0 && tokens[i - 1].IsCapitalized && i + 1 <= k && StartsName(tokens, i + 1, k))) break;
            if (++count > 14) return k + 1;
            i--;
        }
        return i + 1;
    }

    private static bool IsDocumentNoun(TokenRange tokens, int i) =>
        DocumentNouns.Contains(tokens[i].Text) && i > 0 && (IsDeterminer(tokens[i - 1]) || tokens[i - 1].IsPossessiveMark);

    private static bool IsDeterminer(TokenView t) =>
        t.Is("the") || t.Is("a") || t.Is("an") || t.Is("its") || t.Is("his") || t.Is("her") || t.Is("their") || t.Is("this");

    /// <summary>A name, or "the" and a name, starts at <paramref name="i"/> (no further than <paramref name="last"/>).</summary>
    private static bool StartsName(TokenRange tokens, int i, int last) =>
        tokens[i].IsCapitalized || (tokens[i].Is("the") && i + 1 <= last && tokens[i + 1].IsCapitalized);

    /// <summary>
    /// "Both the Lakeside Water Board and the Fenwick Fire Service have maintained": coordinated
    /// subjects speak together; the source is the first of them (unless the whole is one known name, "Marks and Spencer").
    /// </summary>
    private static (int Start, int End) FirstConjunct(TokenRange tokens, int start, int end, SourceResolver resolver)
    {
        if (resolver.Knows(Text(tokens, start, end))) return (start, end);
        for (int a = start + 1; a + 1 < end; a++)
        {
            if (!tokens[a].Is("and") || !tokens[a - 1].IsCapitalized || !StartsName(tokens, a + 1, end - 1)) continue;
            // "the Ministry of Agriculture and Livestock": after "of" the "and" joins the parts of one name
            for (int k = start; k < a; k++) if (tokens[k].Is("of") || tokens[k].Is("for")) return (start, end);
            int s = start;
            if (tokens[s].Is("both") || tokens[s].Is("either")) s++;
            return a > s ? (s, a) : (start, end);
        }
        return (start, end);
    }

    private static bool HasName(TokenRange tokens, int start, int end)
    {
        foreach (var run in NameRun.Find(tokens, start, end)) if (run.WordCount >= 1 && !Lexicon.FunctionWords.Contains(run.Name)) return true;
        return false;
    }

    private static int NameEnd(TokenRange tokens, int start, int end)
    {
        var runs = NameRun.Find(tokens, start, end);
        return runs.Count > 0 ? runs[0].Last + 1 : end;
    }

    /// <summary>After "…, said": a name, or a phrase whose head is a person or body ("the bureau's director"), not a clause.</summary>
    private static bool IsInvertedSource(TokenRange tokens, int start, int end)
    {
        if (DocumentAuthor(tokens, start, end) is not null) return true;
        if (tokens[start].IsCapitalized) return IsSource(tokens, start, end, true);
        int head = end - 1;
        while (head > start && TrailingFillers.Contains(tokens[head].Text)) head--;
        return SourceNouns.Contains(tokens[head].Text) || (tokens[head].IsCapitalized && IsSource(tokens, start, end, true));
    }

    /// <summary>Whether the phrase can be a source: a pronoun, a name, or (for everyday verbs) a noun for people or documents.</summary>
    private static bool IsSource(TokenRange tokens, int start, int end, bool weakVerb)
    {
        if (end <= start || end - start > 14) return false;
        for (int i = start; i < end; i++) if (tokens[i].Quoted) return false;
        var first = tokens[start];
        if (end - start == 1 && Pronouns.Contains(first.Text)) return !first.Is("i") && !first.Is("we");
        if (DocumentAuthor(tokens, start, end) is not null) return true;
        int head = end - 1;
        while (head > start && TrailingFillers.Contains(tokens[head].Text)) head--;
        if (SourceNouns.Contains(tokens[head].Text)) return true;
        for (int i = start; i < end; i++) if (SourceNouns.Contains(tokens[i].Text) && i <= start + 2) return true;
        // "Citing privacy rules": a participle opens an adverbial phrase, not a subject
        if (first.IsCapitalized && first.Text.EndsWith("ing", StringComparison.Ordinal) && start == 0 && !Lexicon.ReportingVerbs.Contains(first.Text)) return false;
        bool name = false;
        foreach (var run in NameRun.Find(tokens, start, end))
        {
            if (Lexicon.FunctionWords.Contains(run.Name)) continue;
            // the name heads the phrase ("the Interior Ministry"), opens it ("Mark Tollefson of Missouri", "Tech Weekly's analysis") — not "the Baltic states"
            if (run.Last == head || run.First <= start + 1 || DocumentNouns.Contains(tokens[head].Text)) name = true;
        }
        if (name) return true;
        if (weakVerb) return false;
        // strong verbs take most noun phrases, but not numbers or events ("the deal said" is not a source)
        // strong verbs take a short noun phrase ("The poster wrote"), but not numbers or long event descriptions
        return first.IsWord && (first.Is("the") || first.Is("a") || first.Is("an") || first.IsCapitalized || tokens[head].Text.EndsWith("s", StringComparison.Ordinal)) && end - start <= 5;
    }

    /// <summary>
    /// The author of a document that speaks: "a statement by the ministry", "the post by an unknown author on a forum",
    /// "a letter from the mayor's office" — the span after "by"/"from", up to a preposition that places the author.
    /// </summary>
    private static (int Start, int End)? DocumentAuthor(TokenRange tokens, int start, int end)
    {
        for (int k = start + 1; k + 1 < end && k <= start + 3; k++)
        {
            if (!(tokens[k].Is("by") || tokens[k].Is("from")) || !DocumentNouns.Contains(tokens[k - 1].Text)) continue;
            int authorEnd = k + 1;
            while (authorEnd < end && !(authorEnd > k + 1 && IsPreposition(tokens[authorEnd]))) authorEnd++;
            return (k + 1, authorEnd);
        }
        return null;
    }

    private static AttributionInfo? Resolve(TokenRange tokens, int start, int end, string verb, SourceResolver resolver, Func<int, long> positionOf)
    {
        if (DocumentAuthor(tokens, start, end) is { } author) (start, end) = author;
        while (end > start + 1 && (TrailingFillers.Contains(tokens[end - 1].Text) || tokens[end - 1].IsPossessiveMark)) end--;
        (start, end) = FirstConjunct(tokens, start, end, resolver);
        long position = positionOf(tokens[start].Start);
        string phrase = Text(tokens, start, end);
        if (end - start == 1 && Pronouns.Contains(tokens[start].Text))
        {
            var r = resolver.ResolvePronoun(tokens[start].Text, position);
            return r is { } p ? new AttributionInfo(p.Source, p.Entity, verb) : new AttributionInfo(phrase, null, verb);
        }
        // "the company", "the Swedish company", "the ministry"
        if (end - start >= 2 && end - start <= 4 && (tokens[start].Is("the") || tokens[start].Is("its")) && !tokens[end - 1].IsCapitalized && DescriptionNouns.Contains(tokens[end - 1].Text))
        {
            var r = resolver.ResolveDescription(tokens[end - 1].Text, position);
            if (r is { } d) return new AttributionInfo(d.Source, d.Entity, verb);
            return new AttributionInfo(phrase, null, verb);
        }
        // "its annual report", "their statement": the body last met speaks through its document
        if (end - start >= 2 && end - start <= 4 && (tokens[start].Is("its") || tokens[start].Is("their")) && DocumentNouns.Contains(tokens[end - 1].Text))
        {
            var r = resolver.ResolvePronoun(tokens[start].Is("its") ? "it" : "they", position);
            if (r is { } owner) return new AttributionInfo(owner.Source, owner.Entity, verb);
        }
        var runs = NameRun.Find(tokens, start, end);
        // "Tech Weekly's latest survey": the publisher of a document speaks through it
        if (runs.Count > 0 && runs[0].First <= start + 1 && DocumentNouns.Contains(tokens[end - 1].Text)
            && (tokens[runs[0].Last].IsPossessive || runs[0].Last == end - 2))
        {
            var r = resolver.ResolveName(runs[0].Name, position, false);
            return new AttributionInfo(r.Source, r.Entity, verb);
        }
        if (runs.Count > 0)
        {
            var run = runs[0];
            bool organization = SourceResolver.IsOrganizationName(run.Name);
            string name = organization ? run.Name : PersonPart(run.Name);
            // the whole phrase is the name, or the name opens it ("Mark Tollefson of Missouri"), or roles precede it ("Rail minister Aled Pryce-Jones")
            var lastRun = runs[runs.Count - 1];
            // "Northland's Prime Minister Ana Ruiz", "Norway's Transport Agency": the possessive names whose, not who
            bool owner = runs.Count > 1 && tokens[run.Last].IsPossessive;
            bool opens = !owner && run.First <= start + 1 && (run.WordCount >= 2 || (run.First == start && run.Last == end - 1)) && !StartsWithLowerNoun(tokens, start, run.First);
            bool closes = lastRun.Last == end - 1 && RolesOnly(tokens, start, lastRun.First);
            // "Port Authority chief Inspector Omar al-Rashid": the body opens, but the person named after the role speaks
            bool personAfterRole = opens && closes && lastRun.First > run.Last + 1 && !SourceResolver.IsOrganizationName(lastRun.Name) && lastRun.WordCount >= 2;
            if (closes && (!opens || personAfterRole))
            {
                run = lastRun;
                organization = SourceResolver.IsOrganizationName(run.Name);
                name = organization ? run.Name : PersonPart(run.Name);
            }
            if ((opens && (run.Last == end - 1 || IsPlaceTail(tokens, run.Last + 1, end, organization))) || closes)
            {
                var r = resolver.ResolveName(name, position, !organization);
                return new AttributionInfo(r.Source, r.Entity, verb);
            }
        }
        if (tokens[end - 1].IsWord && tokens[end - 1].Text.EndsWith("s", StringComparison.Ordinal) && !tokens[end - 1].IsCapitalized) resolver.NotePlural(phrase, null);
        return new AttributionInfo(phrase, null, verb);
    }

    private static bool StartsWithLowerNoun(TokenRange tokens, int start, int nameStart) => nameStart > start && char.IsLower(tokens[start].Text[0]) && !tokens[start].Is("the");

    /// <summary>Only role words precede the name: "Rail minister", "Chief executive", "SRC President" — no preposition.</summary>
    private static bool RolesOnly(TokenRange tokens, int start, int nameStart)
    {
        for (int i = start; i < nameStart; i++) if (IsPreposition(tokens[i])) return false;
        return true;
    }

    private static bool IsPreposition(TokenView t) =>
        t.Is("of") || t.Is("at") || t.Is("in") || t.Is("from") || t.Is("for") || t.Is("on") || t.Is("by") || t.Is("with");

    /// <summary>"of Missouri", "of the University of Bristol": what follows a person's name to place them.</summary>
    private static bool IsPlaceTail(TokenRange tokens, int from, int end, bool organization) =>
        from + 1 < end && (tokens[from].Is("of") || tokens[from].Is("from") || (organization && (tokens[from].Is("in") || tokens[from].Is("at"))));

    /// <summary>"Mark Tollefson of Missouri" → "Mark Tollefson": a person's name ends before "of".</summary>
    private static string PersonPart(string name)
    {
        int of = name.IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 && name.Substring(0, of).IndexOf(' ') > 0 ? name.Substring(0, of) : name;
    }

    private static string Text(TokenRange tokens, int start, int end)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = start; i < end; i++)
        {
            if (i > start && tokens[i].Start > tokens[i - 1].End) sb.Append(' ');
            sb.Append(tokens[i].Text);
        }
        return sb.ToString();
    }
}
