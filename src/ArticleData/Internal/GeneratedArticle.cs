using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;
using ArticleData.Engine.Emit;
using EncodedSpan = (int Part, int Paragraph, int Offset, int Length, int Line, int Column);

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
    /// The format is written by ArticleData.Generator's ArticleDataEncoder, which describes it: compact numbers and
    /// strings in printable ASCII, positions predicted from their block's start.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedArticle
    {
        /// <summary>The format version the encoder writes first.</summary>
        public const int FormatVersion = 2;

        /// <summary>Builds the article of a generated class from its constants.</summary>
        public static Article Create(Type type)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            string title = Constant(type, "Title")!, standfirst = Constant(type, "Standfirst")!, body = Constant(type, "Body")!;
            string sourceBody = Constant(type, "SourceBody") ?? body;
            var reader = new DataReader(Constant(type, "__Data")!);
            if (reader.Int() != FormatVersion) throw new InvalidOperationException("The generated data of " + type.FullName + " has another format version; rebuild the project.");

            // Block starts: spans' lines and columns are written as differences from them.
            var layout = EncodedLayout.Read(reader);
            var paragraphs = NewArray<Paragraph>(layout.ParagraphLengths.Length);
            int offset = 0, sourceOffset = 0;
            for (int i = 0; i < paragraphs.Length; i++)
            {
                int length = layout.ParagraphLengths[i], sourceLength = layout.ParagraphSourceLengths[i];
                paragraphs[i] = new Paragraph(i, offset, length, sourceOffset, sourceLength, layout.ParagraphLines[i], layout.ParagraphColumns[i]);
                offset += length + 2;
                sourceOffset += sourceLength + 2;
            }

            var entities = NewArray<Entity>(reader.Int());
            for (int i = 0; i < entities.Length; i++)
            {
                int kind = reader.Int();
                // The low bit says the name is the first mention's text, which the data then leaves out.
                string? name = (kind & 1) == 1 ? null : reader.String()!;
                kind >>= 1;
                string? entityType = reader.String();
                string[] aliases = reader.Strings();
                string[] roles = reader.Strings();
                var mentions = NewArray<Mention>(reader.Int());
                for (int m = 0; m < mentions.Length; m++) mentions[m] = new Mention(Span(layout.ReadSpan()));
                name ??= Article.TextOf(mentions[0].Span, title, standfirst, body, paragraphs);
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
                // 0 and the id, or how to compute it from the claim's text (when first asked for: see Claim.Id).
                int idCode = reader.Int();
                string? writtenId = idCode == 0 ? reader.String() : null;
                var encodedSpan = layout.ReadSpan();
                var span = Span(encodedSpan);
                var kind = (ClaimKind)reader.Int();
                Attribution? attribution = reader.Int() == 1 ? new Attribution(reader.String()!, reader.Int() - 1, reader.String()) : null;
                var certainty = (Certainty)reader.Int();
                string? hedgeCue = reader.String();
                var quantities = NewArray<Quantity>(reader.Int());
                for (int q = 0; q < quantities.Length; q++)
                {
                    var quantityKind = (QuantityKind)reader.Int();
                    var quantitySpan = Span(layout.ReadSpanWithin(encodedSpan));
                    double? value = reader.Number();
                    quantities[q] = new Quantity(quantityKind, quantitySpan, value, reader.String());
                }
                var involved = NewArray<int>(reader.Int());
                for (int e = 0; e < involved.Length; e++) involved[e] = reader.Int();
                claims[i] = writtenId != null
                    ? new Claim(writtenId, span, kind, attribution, certainty, hedgeCue, quantities, involved)
                    : new Claim(idCode, span, kind, attribution, certainty, hedgeCue, quantities, involved);
            }

            var metadata = ArticleMetadata.Empty;
            if (reader.Int() == 1)
            {
                DateTime? date = reader.Int() == 1 ? new DateTime(reader.Int(), reader.Int(), reader.Int()) : (DateTime?)null;
                string[] authors = reader.Strings();
                string[] tags = reader.Strings();
                string? source = reader.String();
                string? language = reader.String();
                bool draft = reader.Int() == 1;
                var extra = new KeyValuePair<string, string>[reader.Int()];
                for (int e = 0; e < extra.Length; e++) extra[e] = new KeyValuePair<string, string>(reader.String()!, reader.String()!);
                metadata = new ArticleMetadata(date, authors, tags, source, language, draft, extra);
            }

            return new Article(Constant(type, "Slug")!, title, standfirst, Constant(type, "SourcePath")!, body, sourceBody,
                paragraphs, entities, claims, metadata);
        }

        /// <summary>A new array, or the shared empty one: most claims have no quantities, most entities no aliases.</summary>
        internal static T[] NewArray<T>(int length) => length == 0 ? Array.Empty<T>() : new T[length];

        /// <summary>A string constant of a generated class, read from metadata; null when the class has none of that name.</summary>
        private static string? Constant(Type type, string name) =>
            (string?)type.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue();

        private static SourceSpan Span(EncodedSpan s) => new SourceSpan((TextPart)s.Part, s.Paragraph, s.Offset, s.Length, s.Line, s.Column);
    }
}
