using System;
using ArticleData.Engine.Extraction.Claims;
using ArticleData.Engine.Model;
using EncodedSpan = (int Part, int Paragraph, int Offset, int Length, int Line, int Column);

namespace ArticleData.Engine.Emit;

/// <summary>
/// Reads an article's model back from its parse and what <see cref="ArticleDataEncoder"/> wrote: the inverse of
/// <c>Encode</c>, so <c>Decode(model.Document, Encode(model))</c> equals the model wherever every text in it is the text
/// of its span (EncodingRoundTripTests), as the runtime's records are.
/// </summary>
/// <remarks>
/// Why the engine reads its own output: the generator keeps an extracted article as that one string (see
/// <see cref="Project.ExtractedArticle"/> for why and what it saved); the few steps that need the model (typed members,
/// JSON-LD, the command line) decode it.
/// </remarks>
public static class ArticleDataDecoder
{
    public static ArticleModel Decode(ArticleDocument document, string data)
    {
        var reader = new DataReader(data);
        if (reader.Int() != ArticleDataEncoder.FormatVersion) throw new InvalidOperationException("Data of another format version.");

        var layout = EncodedLayout.Read(reader);

        var entities = new EntityInfo[reader.Int()];
        for (int i = 0; i < entities.Length; i++)
        {
            int kind = reader.Int();
            string? name = (kind & 1) == 1 ? null : reader.String();
            string? type = reader.String();
            var aliases = reader.Strings().ToEquatableArray();
            var roles = reader.Strings().ToEquatableArray();
            var mentions = new MentionInfo[reader.Int()];
            for (int m = 0; m < mentions.Length; m++)
            {
                var span = Span(layout.ReadSpan());
                mentions[m] = new MentionInfo(TextOf(document, span), span);
            }
            entities[i] = new EntityInfo(name ?? mentions[0].Text, (EntityKind)(kind >> 1), type, aliases, roles, mentions.ToEquatableArray());
        }

        var claims = new ClaimInfo[reader.Int()];
        for (int i = 0; i < claims.Length; i++)
        {
            int idCode = reader.Int();
            string? writtenId = idCode == 0 ? reader.String() : null;
            var encodedSpan = layout.ReadSpan();
            var span = Span(encodedSpan);
            string text = TextOf(document, span);
            string id = writtenId ?? ClaimId.For(text, idCode);
            var kind = (ClaimKind)reader.Int();
            AttributionInfo? attribution = null;
            if (reader.Int() == 1)
            {
                string source = reader.String()!;
                int entity = reader.Int();
                attribution = new AttributionInfo(source, entity == 0 ? null : entity - 1, reader.String());
            }
            var certainty = (Certainty)reader.Int();
            string? hedgeCue = reader.String();
            var quantities = new QuantityInfo[reader.Int()];
            for (int q = 0; q < quantities.Length; q++)
            {
                var quantityKind = (QuantityKind)reader.Int();
                var quantitySpan = Span(layout.ReadSpanWithin(encodedSpan));
                double? value = reader.Number();
                quantities[q] = new QuantityInfo(quantityKind, TextOf(document, quantitySpan), value, reader.String(), quantitySpan);
            }
            var involved = new int[reader.Int()];
            for (int e = 0; e < involved.Length; e++) involved[e] = reader.Int();
            claims[i] = new ClaimInfo(id, text, span, kind, attribution, certainty, hedgeCue, quantities.ToEquatableArray(), involved.ToEquatableArray());
        }
        // The front matter that follows is the document's own.
        return new ArticleModel(document, entities.ToEquatableArray(), claims.ToEquatableArray());
    }

    /// <summary>The text a span covers, as the runtime reads it; empty where the span is outside its block.</summary>
    private static string TextOf(ArticleDocument document, SpanInfo span) =>
        document.BlockCovering(span) is { } block ? block.Text.Substring(span.Offset, span.Length) : "";

    private static SpanInfo Span(EncodedSpan s) => new((TextPart)s.Part, s.Paragraph, s.Offset, s.Length, s.Line, s.Column);
}
