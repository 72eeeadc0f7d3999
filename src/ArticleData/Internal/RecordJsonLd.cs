using System.Collections.Generic;
using System.Globalization;
using ArticleData.Engine.JsonLd;

namespace ArticleData.Internal
{
    /// <summary>
    /// An article record's JSON-LD, built at run time from the record by the engine's writer (linked into this assembly),
    /// so the generated code carries none of it: its size does not count against the build.
    /// </summary>
    internal static class RecordJsonLd
    {
        public static string Write(Article article)
        {
            var mentions = new JsonLdThing[article.Entities.Count];
            for (int i = 0; i < mentions.Length; i++) mentions[i] = new JsonLdThing(article.Entities[i].Kind.ToString(), article.Entities[i].Name);
            var claims = new JsonLdClaim[article.Claims.Count];
            for (int i = 0; i < claims.Length; i++)
            {
                var claim = article.Claims[i];
                var source = claim.Attribution?.Entity;
                claims[i] = new JsonLdClaim(claim.Text, source == null ? null : mentions[IndexOf(article.Entities, source)]);
            }
            var meta = article.Metadata;
            return JsonLdWriter.Write(new JsonLdArticle(
                JsonLdWriter.TypeFrom(meta.Extra), article.Title, article.Standfirst,
                meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), meta.Language,
                meta.Authors, meta.Tags, mentions, claims));
        }

        private static int IndexOf(IReadOnlyList<Entity> entities, Entity entity)
        {
            for (int i = 0; i < entities.Count; i++)
            {
                if (ReferenceEquals(entities[i], entity)) return i;
            }
            return -1;
        }
    }
}
