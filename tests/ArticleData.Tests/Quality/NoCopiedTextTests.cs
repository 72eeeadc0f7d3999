using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Quality;

/// <summary>
/// Tests and comments state their phenomena in sentences of the project's own: no run of eight words in the
/// repository's code and documents occurs in a GUM text of ../shared (gum-news, gum-train, gum-dev), whose sentences
/// the rules were developed on.
/// </summary>
public class NoCopiedTextTests
{
    private const int Window = 8;

    [Fact]
    public void No_code_comment_test_or_document_repeats_eight_words_of_a_gum_text()
    {
        string? corpora = Repo.SharedFolder("corpora");
        if (corpora is null) return; // no ../shared on this machine (under CI, SharedFolder fails instead)
        var gum = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(corpora, "*.txt", SearchOption.AllDirectories).Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "articles"))
        {
            foreach (string window in Windows(File.ReadAllText(file))) gum.TryAdd(window, Path.GetFileName(file));
        }
        Assert.True(gum.Count > 50_000, $"{gum.Count} windows read from {corpora}");

        var copied = new List<string>();
        foreach (string file in Sources())
        {
            foreach (string window in Windows(File.ReadAllText(file)).Distinct())
            {
                if (gum.TryGetValue(window, out string? source)) copied.Add($"{Path.GetRelativePath(Repo.Root, file)}: \"{window}\" ({source})");
            }
        }
        Assert.True(copied.Count == 0, "copied from GUM texts:\n" + string.Join("\n", copied));
    }

    [Fact]
    public void A_window_is_eight_words_lower_cased_without_punctuation()
    {
        Assert.Equal(new[] { "a b c d e f g h", "b c d e f g h i's" }, Windows("A, b. C-d E f \"g\" H i’s").ToArray());
        Assert.Empty(Windows("only seven words are here in it"));
    }

    /// <summary>The repository's C# and Markdown (not the annotated corpus, whose texts and gold are data, nor build output).</summary>
    private static IEnumerable<string> Sources() =>
        new[] { "src", "tests", "tools", "samples", "docs" }
            .SelectMany(d => Directory.GetFiles(Repo.Path(d), "*.*", SearchOption.AllDirectories))
            .Append(Repo.Path("README.md"))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Corpus"));

    private static IEnumerable<string> Windows(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if ((c == '\'' || c == '\u2019') && word.Length > 0) word.Append('\'');
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        for (int i = 0; i + Window <= words.Count; i++) yield return string.Join(" ", words.Skip(i).Take(Window));
    }
}
