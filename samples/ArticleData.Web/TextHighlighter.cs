using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArticleData.Web;

/// <summary>
/// Renders one piece of an article's text (headline, standfirst or a body paragraph) as HTML, with its claims as
/// highlighted spans and its entity mentions as links to the entity pages. Everything is HTML-encoded; spans that
/// overlap an earlier one, or a mention that straddles a claim's edge, are left out rather than mis-nested.
/// </summary>
public static class TextHighlighter
{
    public static string Render(Article article, TextPart part, int paragraph, EntityIndex index)
    {
        string text = part switch
        {
            TextPart.Title => article.Title,
            TextPart.Standfirst => article.Standfirst,
            _ => article.Paragraphs[paragraph].Text,
        };
        bool Here(SourceSpan s) => s.Part == part && (part != TextPart.Body || s.Paragraph == paragraph)
            && s.Offset >= 0 && s.Length > 0 && s.Offset + s.Length <= text.Length;

        var claims = NonOverlapping(article.Claims.Where(c => Here(c.Span)), c => c.Span);
        var mentions = NonOverlapping(
            article.Entities.SelectMany(e => e.Mentions.Where(m => Here(m.Span)).Select(m => (Entity: e, m.Span))), m => m.Span);

        var html = new StringBuilder(text.Length * 2);
        int at = 0;
        foreach (var claim in claims)
        {
            AppendMentions(html, text, at, claim.Span.Offset, mentions, index);
            string hedged = claim.IsHedged ? " hedged" : "";
            html.Append("<span class=\"claim").Append(hedged).Append("\" id=\"claim-").Append(Layout.Encode(claim.Id))
                .Append("\" title=\"").Append(Layout.Encode(Describe(claim))).Append("\">");
            AppendMentions(html, text, claim.Span.Offset, claim.Span.Offset + claim.Span.Length, mentions, index);
            html.Append("</span>");
            at = claim.Span.Offset + claim.Span.Length;
        }
        AppendMentions(html, text, at, text.Length, mentions, index);
        return html.ToString();
    }

    /// <summary>"Attributed to …, hedged ("reportedly")": what the claim's tooltip says.</summary>
    public static string Describe(Claim claim)
    {
        string source = claim.Attribution is null ? "Asserted by the article" : "Attributed to " + claim.Attribution.Source;
        string certainty = claim.IsHedged ? $", hedged (\"{claim.HedgeCue}\")" : "";
        string numbers = claim.Quantities.Count > 0 ? "; figures: " + string.Join(", ", claim.Quantities.Select(q => q.Text)) : "";
        return source + certainty + numbers;
    }

    /// <summary>Text between two offsets, with the mentions that lie wholly inside it as entity links.</summary>
    private static void AppendMentions(StringBuilder html, string text, int start, int end, List<(Entity Entity, SourceSpan Span)> mentions, EntityIndex index)
    {
        int at = start;
        foreach (var (entity, span) in mentions)
        {
            if (span.Offset < start || span.Offset + span.Length > end) continue;
            html.Append(Layout.Encode(text.Substring(at, span.Offset - at)));
            string kind = EntityIndex.KindSegment(entity.Kind);
            string href = index.Of(entity)?.Href ?? "#";
            html.Append("<a class=\"entity ").Append(kind).Append("\" href=\"").Append(Layout.Encode(href))
                .Append("\" title=\"").Append(Layout.Encode(entity.Name + " (" + kind + ")")).Append("\">")
                .Append(Layout.Encode(text.Substring(span.Offset, span.Length))).Append("</a>");
            at = span.Offset + span.Length;
        }
        html.Append(Layout.Encode(text.Substring(at, end - at)));
    }

    private static List<T> NonOverlapping<T>(IEnumerable<T> items, System.Func<T, SourceSpan> spanOf)
    {
        var kept = new List<T>();
        int end = 0;
        foreach (var item in items.OrderBy(i => spanOf(i).Offset).ThenByDescending(i => spanOf(i).Length))
        {
            var span = spanOf(item);
            if (span.Offset < end) continue;
            kept.Add(item);
            end = span.Offset + span.Length;
        }
        return kept;
    }
}
