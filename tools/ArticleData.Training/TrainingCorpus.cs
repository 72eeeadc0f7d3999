using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleData.Training;

/// <summary>
/// The training documents, in a fixed order: ../shared/corpora/gum-news and gum-train (GUM, with mention spans), then
/// the own corpus (tests/ArticleData.Tests/Corpus and the seed, names and aliases only). gum-dev is never read here:
/// it is what design choices are measured on.
/// </summary>
internal static class TrainingCorpus
{
    public static readonly string[] Sets = { "gum-news", "gum-train", "own" };

    public static List<TrainingDocument> Load(string repository, string shared, IEnumerable<string>? sets = null)
    {
        var wanted = new HashSet<string>(sets ?? Sets);
        var documents = new List<TrainingDocument>();
        foreach (var set in Sets.Where(wanted.Contains))
        {
            foreach (var (article, gold) in Files(repository, shared, set))
            {
                documents.Add(TrainingDocument.Load(set, article, File.ReadAllText(article), GoldEntity.Read(gold)));
            }
        }
        return documents;
    }

    /// <summary>Each article with its gold file, ordinal order of the article paths.</summary>
    public static IEnumerable<(string Article, string Gold)> Files(string repository, string shared, string set)
    {
        if (set == "own")
        {
            string gold = Path.Combine(repository, "tests", "ArticleData.Tests", "Corpus", "gold");
            var articles = Directory.GetFiles(Path.Combine(repository, "tests", "ArticleData.Tests", "Corpus", "articles"))
                .Concat(Directory.GetFiles(Path.Combine(repository, "seeds"), "*.txt"));
            return Pair(articles, gold);
        }
        string dir = Path.Combine(shared, "corpora", set);
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"{dir} is missing: training needs ../shared/corpora.");
        return Pair(Directory.GetFiles(Path.Combine(dir, "articles"), "*.txt"), Path.Combine(dir, "gold"));
    }

    private static IEnumerable<(string, string)> Pair(IEnumerable<string> articles, string goldDir) =>
        articles.Select(a => (a, Path.Combine(goldDir, Path.GetFileNameWithoutExtension(a) + ".json")))
            .Where(p => File.Exists(p.Item2))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();
}
