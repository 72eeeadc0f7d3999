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
        private readonly Type[] _types;
        private readonly Article?[] _articles;

        /// <summary>A table of the articles whose generated classes are <paramref name="types"/>, in slug order.</summary>
        public GeneratedCatalog(Type[] types)
        {
            _types = types ?? throw new ArgumentNullException(nameof(types));
            _articles = new Article?[types.Length];
        }

        /// <summary>How many articles the table holds.</summary>
        public int Count => _types.Length;

        /// <summary>The record of the article at <paramref name="index"/>, decoded from its class's constants on first access.</summary>
        public Article Get(int index)
        {
            var article = Volatile.Read(ref _articles[index]);
            if (article != null) return article;
            article = GeneratedArticle.Create(_types[index]);
            // Two threads may decode the same article; both get the one that was stored first.
            return Interlocked.CompareExchange(ref _articles[index], article, null) ?? article;
        }

        /// <summary>Every article's record, in slug order.</summary>
        public Article[] GetAll()
        {
            var all = new Article[_types.Length];
            for (int i = 0; i < all.Length; i++) all[i] = Get(i);
            return all;
        }
    }
}
