using System.Collections.Generic;

namespace ArticleData
{
    /// <summary>What a claim asserts.</summary>
    public enum ClaimKind
    {
        /// <summary>Something happened or is the case.</summary>
        Event,
        /// <summary>A figure: an amount, a share, a count.</summary>
        Quantity,
        /// <summary>What someone said.</summary>
        Statement,
        /// <summary>Something that will or may happen.</summary>
        Prediction,
    }

    /// <summary>How sure the text is of a claim.</summary>
    public enum Certainty
    {
        /// <summary>Stated as fact (by the article or its source).</summary>
        Asserted,
        /// <summary>Hedged by a cue such as "reportedly", "appears to", "could", "likely".</summary>
        Hedged,
    }

    /// <summary>A checkable statement of an article.</summary>
    public sealed class Claim
    {
        private readonly int[] _entityIndexes;
        private readonly int _repeat;
        private string? _id;
        private Article? _article;
        private IReadOnlyList<Entity>? _entities;

        /// <summary>Creates a claim; <paramref name="entities"/> index the article's entities.</summary>
        public Claim(string id, SourceSpan span, ClaimKind kind, Attribution? attribution, Certainty certainty, string? hedgeCue, Quantity[] quantities, int[] entities)
            : this(0, span, kind, attribution, certainty, hedgeCue, quantities, entities)
        {
            _id = id;
        }

        /// <summary>
        /// A claim whose id is computed from its text when first asked for (the generated data leaves ids out):
        /// <paramref name="repeat"/> 1 for the text's id, k ≥ 2 for that id with the suffix "-k".
        /// </summary>
        internal Claim(int repeat, SourceSpan span, ClaimKind kind, Attribution? attribution, Certainty certainty, string? hedgeCue, Quantity[] quantities, int[] entities)
        {
            _repeat = repeat;
            Span = span;
            Kind = kind;
            Attribution = attribution;
            Certainty = certainty;
            HedgeCue = hedgeCue;
            Quantities = quantities;
            _entityIndexes = entities;
        }

        /// <summary>A stable id: "c-" and a hash of the normalised text, "-2", "-3" for a repeated sentence.</summary>
        public string Id => _id ??= ArticleData.Engine.Extraction.Claims.ClaimId.For(Text, _repeat);

        /// <summary>The sentence.</summary>
        public string Text => Article.TextOf(Span);

        /// <summary>Where it stands.</summary>
        public SourceSpan Span { get; }

        /// <summary>Event, quantity, statement or prediction.</summary>
        public ClaimKind Kind { get; }

        /// <summary>Who says it, or null when the article itself asserts it.</summary>
        public Attribution? Attribution { get; }

        /// <summary>Asserted or hedged.</summary>
        public Certainty Certainty { get; }

        /// <summary>True when hedged.</summary>
        public bool IsHedged => Certainty == Certainty.Hedged;

        /// <summary>The word or phrase that hedges it ("reportedly"), or null.</summary>
        public string? HedgeCue { get; }

        /// <summary>The numbers it stands on.</summary>
        public IReadOnlyList<Quantity> Quantities { get; }

        /// <summary>The article's entities it involves.</summary>
        public IReadOnlyList<Entity> Entities
        {
            get
            {
                if (_entities != null) return _entities;
                var list = new Entity[_entityIndexes.Length];
                for (int i = 0; i < list.Length; i++) list[i] = Article.Entities[_entityIndexes[i]];
                return _entities = list;
            }
        }

        /// <summary>The article it belongs to.</summary>
        public Article Article => _article!;

        internal void Attach(Article article)
        {
            _article = article;
            if (Attribution != null) Attribution.Attach(article);
            foreach (var q in Quantities) q.Attach(article);
        }

        /// <inheritdoc />
        public override string ToString() => Text;
    }

    /// <summary>Who a claim is attributed to.</summary>
    public sealed class Attribution
    {
        private readonly int _entityIndex;
        private Article? _article;

        /// <summary>Creates an attribution; <paramref name="entity"/> indexes the article's entities, or is -1.</summary>
        public Attribution(string source, int entity, string? verb)
        {
            Source = source;
            _entityIndex = entity;
            Verb = verb;
        }

        /// <summary>The source as the article names it ("Vladimir Putin", "reports", "analysts at Morgan Stanley").</summary>
        public string Source { get; }

        /// <summary>The reporting verb ("said", "according to"), or null.</summary>
        public string? Verb { get; }

        /// <summary>The article's entity that is the source, or null.</summary>
        public Entity? Entity => _entityIndex >= 0 ? _article!.Entities[_entityIndex] : null;

        internal void Attach(Article article) => _article = article;

        /// <inheritdoc />
        public override string ToString() => Source;
    }

    /// <summary>What a quantity measures.</summary>
    public enum QuantityKind
    {
        /// <summary>A plain number.</summary>
        Number,
        /// <summary>A percentage; <see cref="Quantity.Value"/> is in per cent.</summary>
        Percentage,
        /// <summary>An amount of money; <see cref="Quantity.Unit"/> is the ISO 4217 currency code.</summary>
        Money,
        /// <summary>A count of things; <see cref="Quantity.Unit"/> is the counted noun.</summary>
        Count,
        /// <summary>A span of time; <see cref="Quantity.Unit"/> is the time unit.</summary>
        Duration,
        /// <summary>A date or year.</summary>
        Date,
    }

    /// <summary>A number in a claim, typed.</summary>
    public sealed class Quantity
    {
        private Article? _article;

        /// <summary>Creates a quantity.</summary>
        public Quantity(QuantityKind kind, SourceSpan span, double? value, string? unit)
        {
            Kind = kind;
            Span = span;
            Value = value;
            Unit = unit;
        }

        /// <summary>What it measures.</summary>
        public QuantityKind Kind { get; }

        /// <summary>Where it stands.</summary>
        public SourceSpan Span { get; }

        /// <summary>The value, scaled ("€2.4bn" is 2400000000), or null where it has none.</summary>
        public double? Value { get; }

        /// <summary>Currency code, counted noun or time unit, or null.</summary>
        public string? Unit { get; }

        /// <summary>The text as written.</summary>
        public string Text => _article!.TextOf(Span);

        internal void Attach(Article article) => _article = article;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
