using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace ArticleData.Internal
{
    /// <summary>
    /// Builds an <see cref="Article"/> from the constants of its generated class; not meant to be called by hand.
    /// </summary>
    /// <remarks>
    /// Generated code holds data, not code: the text as constants and everything else (paragraph bounds, entities,
    /// mentions, claims, metadata) encoded in one constant, <c>__Data</c>, decoded here. One shared decoder is JIT-compiled
    /// once, where a constructor expression per article would be compiled by the C# compiler and JIT-compiled per article;
    /// and constants live in metadata, not in the 16 MB string-literal heap that thousands of articles would overflow.
    /// The format is written by ArticleData.Generator's ArticleDataEncoder: a flat sequence of integers ("123,") and
    /// strings (length, then the characters; length -1 for null).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedArticle
    {
        /// <summary>The format version the encoder writes first.</summary>
        public const int FormatVersion = 1;

        /// <summary>Builds the article of a generated class from its constants.</summary>
        public static Article Create(Type type)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            string body = Constant(type, "Body")!;
            string sourceBody = Constant(type, "SourceBody") ?? body;
            var reader = new Reader(Constant(type, "__Data")!);
            if (reader.Int() != FormatVersion) throw new InvalidOperationException("The generated data of " + type.FullName + " has another format version; rebuild the project.");

            var paragraphs = NewArray<Paragraph>(reader.Int());
            for (int i = 0; i < paragraphs.Length; i++)
                paragraphs[i] = new Paragraph(i, reader.Int(), reader.Int(), reader.Int(), reader.Int(), reader.Int(), reader.Int());

            var entities = NewArray<Entity>(reader.Int());
            for (int i = 0; i < entities.Length; i++)
            {
                int kind = reader.Int();
                string name = reader.String()!;
                string? entityType = reader.String();
                string[] aliases = reader.Strings();
                string[] roles = reader.Strings();
                var mentions = NewArray<Mention>(reader.Int());
                for (int m = 0; m < mentions.Length; m++) mentions[m] = new Mention(reader.Span());
                entities[i] = kind switch
                {
                    (int)EntityKind.Person => new Person(name, entityType, aliases, roles, mentions),
                    (int)EntityKind.Place => new Place(name, entityType, aliases, roles, mentions),
                    (int)EntityKind.Organization => (Entity)new Organization(name, entityType, aliases, roles, mentions),
                    _ => new NamedThing(name, entityType, aliases, roles, mentions),
                };
            }

            var claims = NewArray<Claim>(reader.Int());
            for (int i = 0; i < claims.Length; i++)
            {
                string id = reader.String()!;
                var span = reader.Span();
                var kind = (ClaimKind)reader.Int();
                Attribution? attribution = reader.Int() == 1 ? new Attribution(reader.String()!, reader.Int(), reader.String()) : null;
                var certainty = (Certainty)reader.Int();
                string? hedgeCue = reader.String();
                var quantities = NewArray<Quantity>(reader.Int());
                for (int q = 0; q < quantities.Length; q++)
                {
                    var quantityKind = (QuantityKind)reader.Int();
                    var quantitySpan = reader.Span();
                    string? value = reader.String();
                    quantities[q] = new Quantity(quantityKind, quantitySpan,
                        value == null ? (double?)null : double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture), reader.String());
                }
                var involved = NewArray<int>(reader.Int());
                for (int e = 0; e < involved.Length; e++) involved[e] = reader.Int();
                claims[i] = new Claim(id, span, kind, attribution, certainty, hedgeCue, quantities, involved);
            }

            var metadata = ArticleMetadata.Empty;
            if (reader.Int() == 1)
            {
                int year = reader.Int(), month = reader.Int(), day = reader.Int();
                DateTime? date = year > 0 ? new DateTime(year, month, day) : (DateTime?)null;
                string[] authors = reader.Strings();
                string[] tags = reader.Strings();
                string? source = reader.String();
                string? language = reader.String();
                bool draft = reader.Int() == 1;
                var extra = new KeyValuePair<string, string>[reader.Int()];
                for (int e = 0; e < extra.Length; e++) extra[e] = new KeyValuePair<string, string>(reader.String()!, reader.String()!);
                metadata = new ArticleMetadata(date, authors, tags, source, language, draft, extra);
            }

            return new Article(Constant(type, "Slug")!, Constant(type, "Title")!, Constant(type, "Standfirst")!, Constant(type, "SourcePath")!, body, sourceBody,
                paragraphs, entities, claims, metadata);
        }

        /// <summary>A new array, or the shared empty one: most claims have no quantities, most entities no aliases.</summary>
        private static T[] NewArray<T>(int length) => length == 0 ? Array.Empty<T>() : new T[length];

        /// <summary>A string constant of a generated class, read from metadata; null when the class has none of that name.</summary>
        private static string? Constant(Type type, string name) =>
            (string?)type.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue();

        /// <summary>
        /// Which of <paramref name="buckets"/> generated switches holds a slug: FNV-1a over its UTF-16 code units. The
        /// generator computes the same function; large catalogs split Find into one small switch per bucket.
        /// </summary>
        public static int Bucket(string slug, int buckets)
        {
            if (slug == null) return -1;
            uint hash = 2166136261;
            foreach (char c in slug)
            {
                hash ^= c;
                hash *= 16777619;
            }
            return (int)(hash % (uint)buckets);
        }

        private sealed class Reader
        {
            private readonly string _data;
            private int _position;

            public Reader(string data) => _data = data;

            /// <summary>An integer and its ',', parsed in place: no substring per number (a record has hundreds).</summary>
            public int Int()
            {
                bool negative = _data[_position] == '-';
                if (negative) _position++;
                int value = 0;
                char c;
                while ((c = _data[_position++]) != ',') value = value * 10 + (c - '0');
                return negative ? -value : value;
            }

            public string? String()
            {
                int length = Int();
                if (length < 0) return null;
                string value = _data.Substring(_position, length);
                _position += length;
                return value;
            }

            public string[] Strings()
            {
                var values = NewArray<string>(Int());
                for (int i = 0; i < values.Length; i++) values[i] = String()!;
                return values;
            }

            public SourceSpan Span() => new SourceSpan((TextPart)Int(), Int(), Int(), Int(), Int(), Int());
        }
    }
}
