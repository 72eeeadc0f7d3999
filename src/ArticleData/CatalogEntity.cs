using System.Collections.Generic;

namespace ArticleData
{
    /// <summary>One entity across every article of the project that mentions it.</summary>
    /// <typeparam name="TEntity">Person, Place, Organization or NamedThing.</typeparam>
    public sealed class CatalogEntity<TEntity> where TEntity : Entity
    {
        /// <summary>Creates a catalog entry from the entity as each article has it.</summary>
        public CatalogEntity(string name, TEntity[] occurrences)
        {
            Name = name;
            Occurrences = occurrences;
        }

        /// <summary>The canonical name.</summary>
        public string Name { get; }

        /// <summary>The entity as each article has it, in catalog order.</summary>
        public IReadOnlyList<TEntity> Occurrences { get; }

        /// <summary>The articles that mention it.</summary>
        public IReadOnlyList<Article> Articles
        {
            get
            {
                var list = new Article[Occurrences.Count];
                for (int i = 0; i < list.Length; i++) list[i] = Occurrences[i].Article;
                return list;
            }
        }

        /// <summary>Every mention in every article.</summary>
        public IEnumerable<Mention> Mentions
        {
            get
            {
                foreach (var e in Occurrences)
                    foreach (var m in e.Mentions) yield return m;
            }
        }

        /// <summary>The article's claims that involve it, across articles.</summary>
        public IEnumerable<Claim> Claims
        {
            get
            {
                foreach (var e in Occurrences)
                    foreach (var c in e.Claims) yield return c;
            }
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
