using System.Collections.Generic;

namespace ArticleData
{
    /// <summary>The four kinds of named things.</summary>
    public enum EntityKind
    {
        /// <summary>A person.</summary>
        Person,
        /// <summary>A country, city, region or other named geography.</summary>
        Place,
        /// <summary>A company, government body, party, court, university, club, medium…</summary>
        Organization,
        /// <summary>A facility, event, product, mission, law or work.</summary>
        Other,
    }

    /// <summary>A distinct named thing of one article, with its aliases, roles and every mention.</summary>
    public abstract class Entity
    {
        private Article? _article;
        private IReadOnlyList<Claim>? _claims;

        /// <summary>Creates an entity.</summary>
        protected Entity(string name, string? type, string[] aliases, string[] roles, Mention[] mentions)
        {
            Name = name;
            Type = type;
            Aliases = aliases;
            Roles = roles;
            Mentions = mentions;
        }

        /// <summary>The canonical name: the fullest proper form the article uses, titles stripped.</summary>
        public string Name { get; }

        /// <summary>Person, place, organisation or other.</summary>
        public abstract EntityKind Kind { get; }

        /// <summary>A finer type where known (Country, City, Company, Agency…), or null.</summary>
        public string? Type { get; }

        /// <summary>Every other form the article uses for it.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>Roles the text gives it ("Russian President").</summary>
        public IReadOnlyList<string> Roles { get; }

        /// <summary>Every mention, in reading order.</summary>
        public IReadOnlyList<Mention> Mentions { get; }

        /// <summary>The article it belongs to.</summary>
        public Article Article => _article!;

        /// <summary>The article's claims that involve it.</summary>
        public IReadOnlyList<Claim> Claims
        {
            get
            {
                if (_claims != null) return _claims;
                var list = new List<Claim>();
                foreach (var claim in Article.Claims)
                {
                    foreach (var e in claim.Entities)
                    {
                        if (ReferenceEquals(e, this)) { list.Add(claim); break; }
                    }
                }
                return _claims = list;
            }
        }

        internal void Attach(Article article)
        {
            _article = article;
            foreach (var m in Mentions) m.Attach(article);
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }

    /// <summary>A person.</summary>
    public sealed class Person : Entity
    {
        /// <summary>Creates a person.</summary>
        public Person(string name, string? type, string[] aliases, string[] roles, Mention[] mentions) : base(name, type, aliases, roles, mentions) { }

        /// <inheritdoc />
        public override EntityKind Kind => EntityKind.Person;
    }

    /// <summary>A country, city, region or other named geography.</summary>
    public sealed class Place : Entity
    {
        /// <summary>Creates a place.</summary>
        public Place(string name, string? type, string[] aliases, string[] roles, Mention[] mentions) : base(name, type, aliases, roles, mentions) { }

        /// <inheritdoc />
        public override EntityKind Kind => EntityKind.Place;
    }

    /// <summary>A company, government body, party, court, university, club or medium.</summary>
    public sealed class Organization : Entity
    {
        /// <summary>Creates an organisation.</summary>
        public Organization(string name, string? type, string[] aliases, string[] roles, Mention[] mentions) : base(name, type, aliases, roles, mentions) { }

        /// <inheritdoc />
        public override EntityKind Kind => EntityKind.Organization;
    }

    /// <summary>Any other named thing: a facility, event, product, mission, law or work.</summary>
    public sealed class NamedThing : Entity
    {
        /// <summary>Creates a named thing.</summary>
        public NamedThing(string name, string? type, string[] aliases, string[] roles, Mention[] mentions) : base(name, type, aliases, roles, mentions) { }

        /// <inheritdoc />
        public override EntityKind Kind => EntityKind.Other;
    }

    /// <summary>One mention of an entity.</summary>
    public sealed class Mention
    {
        private Article? _article;

        /// <summary>Creates a mention at a span.</summary>
        public Mention(SourceSpan span) => Span = span;

        /// <summary>Where it stands.</summary>
        public SourceSpan Span { get; }

        /// <summary>The text as written.</summary>
        public string Text => _article!.TextOf(Span);

        internal void Attach(Article article) => _article = article;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
