using System;
using System.Collections.Generic;

namespace ArticleData
{
    /// <summary>An article, as the generator read it at compile time: its text, entities, claims and metadata.</summary>
    public sealed class Article
    {
        /// <summary>
        /// Creates an article and links its paragraphs, entities and claims back to it. Generated code calls this;
        /// <paramref name="body"/> holds the paragraphs' plain text joined by blank lines, <paramref name="sourceBody"/>
        /// their source form the same way.
        /// </summary>
        public Article(string slug, string title, string standfirst, string sourcePath, string body, string sourceBody,
            Paragraph[] paragraphs, Entity[] entities, Claim[] claims, ArticleMetadata metadata)
        {
            Slug = slug;
            Title = title;
            Standfirst = standfirst;
            SourcePath = sourcePath;
            Body = body;
            SourceBody = sourceBody;
            Paragraphs = paragraphs;
            Entities = entities;
            Claims = claims;
            Metadata = metadata;
            foreach (var p in paragraphs) p.Attach(this);
            foreach (var e in entities) e.Attach(this);
            foreach (var c in claims) c.Attach(this);
        }

        /// <summary>The stable, URL-friendly name of the article.</summary>
        public string Slug { get; }

        /// <summary>The headline.</summary>
        public string Title { get; }

        /// <summary>The standfirst, or an empty string.</summary>
        public string Standfirst { get; }

        /// <summary>The article file's path relative to the project, with '/' separators.</summary>
        public string SourcePath { get; }

        /// <summary>The body's plain text: paragraphs separated by blank lines.</summary>
        public string Body { get; }

        /// <summary>The body as written (Markdown for .md articles): paragraphs separated by blank lines.</summary>
        public string SourceBody { get; }

        /// <summary>The body paragraphs.</summary>
        public IReadOnlyList<Paragraph> Paragraphs { get; }

        /// <summary>The named entities, in order of first mention.</summary>
        public IReadOnlyList<Entity> Entities { get; }

        /// <summary>The checkable statements, in reading order.</summary>
        public IReadOnlyList<Claim> Claims { get; }

        /// <summary>Front matter: date, authors, tags and the rest.</summary>
        public ArticleMetadata Metadata { get; }

        /// <summary>
        /// The article as schema.org JSON-LD (NewsArticle, or the front matter's <c>type</c>): headline, description,
        /// date, authors, keywords, its entities as <c>mentions</c> and its claims as <c>Claim</c> parts. One line of
        /// JSON, safe to put as it is inside <c>&lt;script type="application/ld+json"&gt;</c>. Built on first access.
        /// </summary>
        public string JsonLd => _jsonLd ?? (_jsonLd = Internal.RecordJsonLd.Write(this));

        private string? _jsonLd;

        /// <summary>The text a span covers.</summary>
        public string TextOf(SourceSpan span)
        {
            if (span == null) throw new ArgumentNullException(nameof(span));
            return TextOf(span, Title, Standfirst, Body, Paragraphs);
        }

        /// <summary>The text a span covers, from an article's parts: also what the decoder uses before the article exists.</summary>
        internal static string TextOf(SourceSpan span, string title, string standfirst, string body, IReadOnlyList<Paragraph> paragraphs) =>
            span.Part == TextPart.Title ? title.Substring(span.Offset, span.Length)
            : span.Part == TextPart.Standfirst ? standfirst.Substring(span.Offset, span.Length)
            : body.Substring(paragraphs[span.Paragraph].Offset + span.Offset, span.Length);

        /// <inheritdoc />
        public override string ToString() => Title;
    }

    /// <summary>An article's front matter, typed; keys ArticleData has no field for are kept in <see cref="Extra"/>.</summary>
    public sealed class ArticleMetadata
    {
        /// <summary>Metadata with nothing set.</summary>
        public static ArticleMetadata Empty { get; } = new ArticleMetadata(null, new string[0], new string[0], null, null, false, new KeyValuePair<string, string>[0]);

        /// <summary>Creates metadata.</summary>
        public ArticleMetadata(DateTime? date, string[] authors, string[] tags, string? source, string? language, bool draft, KeyValuePair<string, string>[] extra)
        {
            Date = date;
            Authors = authors;
            Tags = tags;
            Source = source;
            Language = language;
            Draft = draft;
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in extra) map[pair.Key] = pair.Value;
            Extra = map;
        }

        /// <summary>The publication date, or null.</summary>
        public DateTime? Date { get; }

        /// <summary>The authors.</summary>
        public IReadOnlyList<string> Authors { get; }

        /// <summary>The tags.</summary>
        public IReadOnlyList<string> Tags { get; }

        /// <summary>The source URL, or null.</summary>
        public string? Source { get; }

        /// <summary>The language tag, or null.</summary>
        public string? Language { get; }

        /// <summary>True for a draft.</summary>
        public bool Draft { get; }

        /// <summary>Every other front-matter key, with its value as text.</summary>
        public IReadOnlyDictionary<string, string> Extra { get; }
    }
}
