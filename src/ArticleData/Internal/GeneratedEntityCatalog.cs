using System;
using System.ComponentModel;
using System.Threading;
using ArticleData.Engine.Emit;

namespace ArticleData.Internal
{
    /// <summary>
    /// The project-wide entity catalog (<c>Entities.X</c>), built at run time from a table the generator wrote; not
    /// meant to be used by hand.
    /// </summary>
    /// <remarks>
    /// For each catalog entity the table lists where it occurs: pairs of an article's index in the article catalog and
    /// the entity's index in that article, in the compact number format of <see cref="GeneratedArticle"/>. An entry is
    /// built on its first access, decoding only the articles that mention it, and kept: every later access returns the
    /// same instance. The generated code thus holds one short line per entity instead of an expression per occurrence.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class GeneratedEntityCatalog
    {
        private readonly GeneratedCatalog _articles;
        private readonly string _data;
        private readonly int[] _starts;
        private readonly object?[] _entries;

        /// <summary>A catalog over <paramref name="articles"/> from its generated <paramref name="data"/> of <paramref name="count"/> entities.</summary>
        public GeneratedEntityCatalog(GeneratedCatalog articles, int count, string data)
        {
            _articles = articles ?? throw new ArgumentNullException(nameof(articles));
            _data = data ?? throw new ArgumentNullException(nameof(data));
            _entries = new object?[count];
            // Where each entity's occurrences begin: one pass over the table, so any entry is read without the others.
            _starts = new int[count];
            var reader = new DataReader(data);
            for (int i = 0; i < count; i++)
            {
                _starts[i] = reader.Position;
                for (int n = reader.Int() * 2; n > 0; n--) reader.Int();
            }
        }

        /// <summary>The person at <paramref name="index"/>: what a generated property calls, shorter than <see cref="Get{TEntity}"/>.</summary>
        public CatalogEntity<Person> Person(int index) => Get<Person>(index);

        /// <summary>The place at <paramref name="index"/>.</summary>
        public CatalogEntity<Place> Place(int index) => Get<Place>(index);

        /// <summary>The organisation at <paramref name="index"/>.</summary>
        public CatalogEntity<Organization> Organization(int index) => Get<Organization>(index);

        /// <summary>The other named thing at <paramref name="index"/>.</summary>
        public CatalogEntity<NamedThing> NamedThing(int index) => Get<NamedThing>(index);

        /// <summary>The catalog entity at <paramref name="index"/>, built on first access.</summary>
        public CatalogEntity<TEntity> Get<TEntity>(int index) where TEntity : Entity
        {
            if (Volatile.Read(ref _entries[index]) is CatalogEntity<TEntity> built) return built;
            var reader = new DataReader(_data) { Position = _starts[index] };
            var occurrences = new TEntity[reader.Int()];
            for (int i = 0; i < occurrences.Length; i++)
            {
                var article = _articles.Get(reader.Int());
                occurrences[i] = (TEntity)article.Entities[reader.Int()];
            }
            var entry = new CatalogEntity<TEntity>(occurrences[0].Name, occurrences);
            // Two threads may build the same entry; both get the one that was stored first.
            return (CatalogEntity<TEntity>)(Interlocked.CompareExchange(ref _entries[index], entry, null) ?? entry);
        }
    }
}
