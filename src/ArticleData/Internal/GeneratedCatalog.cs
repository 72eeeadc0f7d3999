using System;
using System.ComponentModel;
using System.Threading;

namespace ArticleData.Internal
{
    /// <summary>
    /// The records of a generated catalog, built lazily, one per article, on first access; not meant to be used by hand.
    /// </summary>
    /// <remarks>
    /// <c>Articles.All</c>, <c>Articles.Find</c> and each <c>Articles.X.Article</c> share one instance per article
    /// through this table, indexed by the article's position in slug order. The generated catalog passes each
    /// article's class as a <see cref="Type"/>, so building every record JIT-compiles no per-article method and runs
    /// no per-article static constructor: cold access to N articles costs N decodes, not N compiled methods.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class GeneratedCatalog
    {
        private readonly Article?[] _articles;

        /// <summary>An empty table for <paramref name="count"/> articles.</summary>
        public GeneratedCatalog(int count) => _articles = new Article?[count];

        /// <summary>The record of the article at <paramref name="index"/>, decoded from <paramref name="type"/>'s constants on first access.</summary>
        public Article Get(int index, Type type)
        {
            var article = Volatile.Read(ref _articles[index]);
            if (article != null) return article;
            article = GeneratedArticle.Create(type);
            // Two threads may decode the same article; both get the one that was stored first.
            return Interlocked.CompareExchange(ref _articles[index], article, null) ?? article;
        }

        /// <summary>Every article's record, in the order of <paramref name="types"/> (one per index).</summary>
        public Article[] GetAll(Type[] types)
        {
            if (types == null) throw new ArgumentNullException(nameof(types));
            var all = new Article[types.Length];
            for (int i = 0; i < all.Length; i++) all[i] = Get(i, types[i]);
            return all;
        }
    }
}
