using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Extraction.Claims;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction;

/// <summary>
/// Finds the checkable statements of an article, with attribution, certainty, quantities and entities. Headline,
/// standfirst and body are read in order, one sentence one claim, from the token stream the entity extractor read
/// (<see cref="TokenText"/>); a multi-sentence quote, within a paragraph or running over several, carries the speaker
/// named where it closes (or opens) to all its sentences. Linear in the length of the article.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Throws on a bug; <see cref="ArticleExtractor"/> turns that into ART013 on the article.</summary>
    public static EquatableArray<ClaimInfo> Extract(ArticleDocument document, EquatableArray<EntityInfo> entities) =>
        Extract(document, TokenText.Of(document), entities);

    /// <summary>The same over the article's blocks as tokenised for the entity extractor: one token stream for both.</summary>
    internal static EquatableArray<ClaimInfo> Extract(ArticleDocument document, List<TokenText> texts, EquatableArray<EntityInfo> entities) =>
        new(Run(document, texts, entities).ToArray());

    private sealed class Sentence
    {
        public Sentence(SentenceSpan span, TokenRange tokens, AttributionInfo? attribution, bool opensQuote, bool continuesQuote)
        {
            Span = span;
            Tokens = tokens;
            Attribution = attribution;
            OpensQuote = opensQuote;
            ContinuesQuote = continuesQuote;
        }

        public SentenceSpan Span { get; }
        public TokenRange Tokens { get; }
        public AttributionInfo? Attribution { get; set; }
        /// <summary>A quotation is still open where the sentence ends.</summary>
        public bool OpensQuote { get; }
        /// <summary>The sentence starts inside a quotation opened by the sentence before.</summary>
        public bool ContinuesQuote { get; }
    }

    private static List<ClaimInfo> Run(ArticleDocument document, List<TokenText> texts, EquatableArray<EntityInfo> entities)
    {
        var resolver = new SourceResolver(entities) { Interviewee = Interviewee(document, texts, entities) };
        var claims = new List<ClaimInfo>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentionsByBlock = MentionsByBlock(entities);
        var none = new List<(int Offset, int Entity)>();
        Sentence? previous = null;
        var read = new List<(TextBlock Block, List<Sentence> Sentences)>();
        int b = 0;
        foreach (var block in document.Blocks)
        {
            var text = texts[b++];
            Func<int, long> positionOf = offset => SourceResolver.Position(block.Part, block.Index, offset);
            // a headline in title case capitalises every word: its runs are not names
            bool namesCapitalised = block.Part != TextPart.Title || !EntityExtractor.IsTitleCase(text);
            var sentences = new List<Sentence>();
            bool open = false;
            foreach (var (span, tokens) in text.Sentences())
            {
                if (namesCapitalised) resolver.Observe(tokens, 0, tokens.Count, positionOf);
                var attribution = AttributionFinder.Find(tokens, resolver, positionOf);
                bool opens = text.Quotes.OpenAt(span.Start, span.End);
                sentences.Add(new Sentence(span, tokens, attribution, opens, open));
                open = opens;
            }
            CarrySpeakers(sentences, previous);
            if (sentences.Count > 0) previous = sentences[sentences.Count - 1];
            read.Add((block, sentences));
        }
        CarryAcrossParagraphs(read);
        foreach (var (block, sentences) in read)
        {
            var mentions = mentionsByBlock.TryGetValue((block.Part, block.Index), out var here) ? here : none;
            foreach (var s in sentences)
            {
                var claim = Build(block, s, mentions, seen);
                if (claim is not null) claims.Add(claim);
            }
        }
        return claims;
    }

    /// <summary>
    /// The person an interview is with, named in a headline that speaks of one: the first person after "interviews" or
    /// "interview with", else the nearest before it ("Mara Quint: an interview"); before "interviewed by", the person
    /// before it. Their answers say "I" outside quotation marks.
    /// </summary>
    private static (string Source, int? Entity)? Interviewee(ArticleDocument document, List<TokenText> texts, EquatableArray<EntityInfo> entities)
    {
        if (texts.Count == 0 || document.Blocks.First().Part != TextPart.Title) return null;
        var headline = texts[0];
        int at = -1;
        for (int i = 0; i < headline.Count && at < 0; i++)
        {
            if (headline[i].IsWord && headline.Word(i).StartsWith("interview", StringComparison.OrdinalIgnoreCase)) at = i;
        }
        if (at < 0) return null;
        int offset = headline[at].Start;
        bool passive = headline.Word(at).Equals("interviewed", StringComparison.OrdinalIgnoreCase);
        int after = -1, before = -1, afterOffset = int.MaxValue, beforeOffset = -1;
        for (int e = 0; e < entities.Count; e++)
        {
            if (entities[e].Kind != EntityKind.Person) continue;
            foreach (var m in entities[e].Mentions)
            {
                if (m.Span.Part != TextPart.Title) continue;
                if (m.Span.Offset > offset && m.Span.Offset < afterOffset) { after = e; afterOffset = m.Span.Offset; }
                if (m.Span.Offset < offset && m.Span.Offset > beforeOffset) { before = e; beforeOffset = m.Span.Offset; }
            }
        }
        int person = passive || after < 0 ? before : after;
        return person >= 0 ? (entities[person].Name, person) : null;
    }

    /// <summary>
    /// A quotation that runs over several paragraphs, as news style writes it: the paragraph ends with the quote still
    /// open and the next one opens with a quotation mark again. Its speaker, named in the first paragraph, speaks the
    /// quoted sentences that follow; named only in the last, also those before.
    /// </summary>
    private static void CarryAcrossParagraphs(List<(TextBlock Block, List<Sentence> Sentences)> read)
    {
        for (int k = 1; k < read.Count; k++)
        {
            if (!QuoteGoesOn(read[k - 1].Sentences, read[k].Sentences)) continue;
            var speaker = read[k - 1].Sentences[read[k - 1].Sentences.Count - 1].Attribution;
            if (speaker is null) continue;
            var next = read[k].Sentences;
            for (int i = 0; i < next.Count && (i == 0 || next[i].ContinuesQuote); i++) if (next[i].Attribution is null) next[i].Attribution = speaker;
        }
        for (int k = read.Count - 1; k >= 1; k--)
        {
            if (!QuoteGoesOn(read[k - 1].Sentences, read[k].Sentences)) continue;
            var speaker = read[k].Sentences[0].Attribution;
            if (speaker is null) continue;
            var before = read[k - 1].Sentences;
            for (int i = before.Count - 1; i >= 0; i--)
            {
                if (before[i].Attribution is null) before[i].Attribution = speaker;
                if (!before[i].ContinuesQuote) break;
            }
        }
    }

    /// <summary>The paragraph before ends inside a quotation and this one opens with a quotation mark: the same quotation goes on.</summary>
    private static bool QuoteGoesOn(List<Sentence> before, List<Sentence> next) =>
        before.Count > 0 && next.Count > 0 && before[before.Count - 1].OpensQuote && StartsWithQuote(next[0]);

    /// <summary>Gives every sentence of a multi-sentence quote the speaker one of them names.</summary>
    private static void CarrySpeakers(List<Sentence> sentences, Sentence? before)
    {
        CarryAlongQuotes(sentences);
        // a quotation standing alone right after a quoted, attributed sentence goes on in the same voice: "'A,' she said. 'B.'"
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var prior = k > 0 ? sentences[k - 1] : before;
            if (s.Attribution is null && prior?.Attribution is not null && StartsWithQuote(s) && HasQuote(prior) && !prior.OpensQuote)
            {
                s.Attribution = prior.Attribution;
            }
        }
        CarryAlongQuotes(sentences);
    }

    private static void CarryAlongQuotes(List<Sentence> sentences)
    {
        int i = 0;
        while (i < sentences.Count)
        {
            int end = i;
            while (end + 1 < sentences.Count && sentences[end + 1].ContinuesQuote) end++;
            if (end > i)
            {
                AttributionInfo? speaker = null;
                for (int k = end; k >= i && speaker is null; k--) speaker = sentences[k].Attribution;
                if (speaker is not null)
                {
                    for (int k = i; k <= end; k++) if (sentences[k].Attribution is null) sentences[k].Attribution = speaker;
                }
            }
            i = end + 1;
        }
    }

    private static bool StartsWithQuote(Sentence s) => s.Tokens.Count > 0 && s.Tokens[0].Quoted && s.Tokens[0].Kind == TokenKind.Punctuation;

    private static bool HasQuote(Sentence s)
    {
        foreach (var t in s.Tokens) if (t.Quoted) return true;
        return false;
    }

    private static ClaimInfo? Build(TextBlock block, Sentence s, List<(int Offset, int Entity)> mentions, Dictionary<string, int> seen)
    {
        var quantities = QuantityParser.Parse(s.Tokens, block);
        bool attributed = s.Attribution is not null;
        if (!ClaimClassifier.IsClaim(s.Tokens, attributed, quantities.Count > 0)) return null;
        string text = block.Text.Substring(s.Span.Start, s.Span.Length);
        string cue = CertaintyDetector.Find(s.Tokens) ?? "";
        string firstId = ClaimId.For(text);
        seen.TryGetValue(firstId, out int count);
        seen[firstId] = ++count;
        string id = count > 1 ? ClaimId.For(text, count) : firstId;
        return new ClaimInfo(
            id,
            text,
            block.Span(s.Span.Start, s.Span.Length),
            ClaimClassifier.Kind(s.Tokens, attributed, quantities),
            s.Attribution,
            cue.Length > 0 ? Certainty.Hedged : Certainty.Asserted,
            cue.Length > 0 ? cue : null,
            quantities,
            EntitiesIn(s.Span, s.Attribution, mentions));
    }

    /// <summary>Where each entity is mentioned, block by block: offset and entity index in offset order, gathered in one pass over the mentions.</summary>
    private static Dictionary<(TextPart Part, int Paragraph), List<(int Offset, int Entity)>> MentionsByBlock(EquatableArray<EntityInfo> entities)
    {
        var byBlock = new Dictionary<(TextPart Part, int Paragraph), List<(int Offset, int Entity)>>();
        for (int e = 0; e < entities.Count; e++)
        {
            foreach (var m in entities[e].Mentions)
            {
                var key = (m.Span.Part, m.Span.Paragraph);
                if (!byBlock.TryGetValue(key, out var list)) byBlock[key] = list = new List<(int Offset, int Entity)>();
                list.Add((m.Span.Offset, e));
            }
        }
        foreach (var list in byBlock.Values) list.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Entity.CompareTo(b.Entity));
        return byBlock;
    }

    /// <summary>The entities with a mention inside the sentence, and the attributed source's entity.</summary>
    private static EquatableArray<int> EntitiesIn(SentenceSpan span, AttributionInfo? attribution, List<(int Offset, int Entity)> mentions)
    {
        var found = new List<int>();
        // the first mention at or after the sentence's start, then on while inside it: a block of many sentences is not read whole per sentence
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Offset < span.Start) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < mentions.Count && mentions[i].Offset < span.End; i++)
        {
            if (!found.Contains(mentions[i].Entity)) found.Add(mentions[i].Entity);
        }
        if (attribution?.Entity is { } source && !found.Contains(source)) found.Add(source);
        found.Sort();
        return new EquatableArray<int>(found.ToArray());
    }
}
