using System;
using System.Collections.Generic;
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
    /// <c>Articles.Find</c> and <c>Articles.Slugs</c> read one constant of every slug instead of a generated switch and
    /// array: at 10,000 articles those were 10,000 switch cases and array elements the compiler bound on every build.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class GeneratedCatalog
    {
        private readonly Type[] _types;
        private readonly Article?[] _articles;
        private readonly string[] _slugs;
        private readonly IReadOnlyList<string> _readOnlySlugs;
        private Dictionary<string, int>? _indexes;

        /// <summary>
        /// A table of the articles whose generated classes are <paramref name="types"/>, in slug order, and whose slugs
        /// are <paramref name="slugs"/>, in the same order, separated by single spaces (a slug is letters, digits and hyphens).
        /// </summary>
        public GeneratedCatalog(Type[] types, string slugs)
        {
            _types = types ?? throw new ArgumentNullException(nameof(types));
            if (slugs == null) throw new ArgumentNullException(nameof(slugs));
            _slugs = types.Length == 0 ? Array.Empty<string>() : slugs.Split(' ');
            if (_slugs.Length != types.Length) throw new ArgumentException($"{_slugs.Length} slugs for {types.Length} articles.", nameof(slugs));
            // Handed out read-only: a caller casting Slugs to an array must not be able to reorder what Find indexes.
            _readOnlySlugs = Array.AsReadOnly(_slugs);
            _articles = new Article?[types.Length];
        }

        /// <summary>How many articles the table holds.</summary>
        public int Count => _types.Length;

        /// <summary>Every article's slug, in slug order.</summary>
        public IReadOnlyList<string> Slugs => _readOnlySlugs;

        /// <summary>The record of the article with this slug, or null. The first call indexes the slugs (no record is built).</summary>
        public Article? Find(string? slug)
        {
            if (slug == null) return null;
            var indexes = Volatile.Read(ref _indexes);
            if (indexes == null)
            {
                indexes = new Dictionary<string, int>(_slugs.Length, StringComparer.Ordinal);
                for (int i = 0; i < _slugs.Length; i++) indexes[_slugs[i]] = i;
                // Two threads may index at once; either table answers the same.
                Volatile.Write(ref _indexes, indexes);
            }
            return indexes.TryGetValue(slug, out int index) ? Get(index) : null;
        }

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
