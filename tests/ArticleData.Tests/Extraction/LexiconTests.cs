using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ArticleData.Engine.Extraction;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Extraction;

/// <summary>
/// The lexicon's word lists (src/ArticleData.Engine/Lexicon): every file is embedded and read by some extractor, no file
/// holds a word twice, and lists that mean the same kind of thing share no word, so each word is written once.
/// </summary>
public class LexiconTests
{
    private static readonly string Folder = Repo.Path("src", "ArticleData.Engine", "Lexicon");

    private static string[] Files => Directory.GetFiles(Folder).Select(Path.GetFileName).Where(f => f!.EndsWith(".txt") || f.EndsWith(".tsv")).OrderBy(f => f, StringComparer.Ordinal).ToArray()!;

    /// <summary>Runs the type initialiser of every extraction type, so that each reads its lists.</summary>
    private static IReadOnlyDictionary<string, bool> ReadByTheExtractors()
    {
        foreach (var type in typeof(WordLists).Assembly.GetTypes())
        {
            if (type.Namespace?.StartsWith("ArticleData.Engine.Extraction", StringComparison.Ordinal) == true && !type.ContainsGenericParameters)
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
        return WordLists.Read;
    }

    private static IEnumerable<string> Entries(string file) =>
        File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim());

    private static IEnumerable<string[]> Rows(string file) => Entries(file).Skip(1).Select(l => l.Split('\t'));

    /// <summary>The words of a list file: a .txt file's lines; a table's verbs, or its month names and abbreviations.</summary>
    private static IEnumerable<string> Words(string file) => file switch
    {
        "months.tsv" => Rows(file).SelectMany(r => new[] { r[1] }.Concat(r.Length > 2 ? r[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>())),
        _ when file.EndsWith(".tsv") => Rows(file).Select(r => r[0]),
        _ => Entries(file),
    };

    [Fact]
    public void Every_list_file_is_embedded_and_read_by_an_extractor()
    {
        Assert.True(Files.Length > 60, "the lexicon folder holds the word lists");
        var embedded = typeof(WordLists).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("ArticleData.Lexicon.", StringComparison.Ordinal)).Select(n => n.Substring("ArticleData.Lexicon.".Length));
        Assert.Equal(Files, embedded.OrderBy(f => f, StringComparer.Ordinal));
        var read = ReadByTheExtractors();
        var unread = Files.Where(f => !read.ContainsKey(f)).ToList();
        Assert.True(unread.Count == 0, "no extractor reads " + string.Join(", ", unread));
    }

    [Fact]
    public void Every_list_file_says_what_it_is_for_and_who_reads_it()
    {
        foreach (string file in Files)
        {
            var header = File.ReadLines(Path.Combine(Folder, file)).TakeWhile(l => l.StartsWith('#')).ToList();
            string name = Path.GetFileNameWithoutExtension(file);
            Assert.True(header.Count > 0 && header[0].StartsWith("# " + name + ": "), file + " opens with '# " + name + ": what it is'");
            Assert.True(header.Any(l => l.Contains("Read by") || l.Contains("read by")), file + " names its readers");
        }
    }

    [Fact]
    public void No_list_file_holds_a_word_twice()
    {
        var read = ReadByTheExtractors();
        foreach (string file in Files)
        {
            var comparer = read.TryGetValue(file, out bool folded) && folded ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            var twice = Words(file).GroupBy(w => w, comparer).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, file + " lists twice: " + string.Join(", ", twice));
            Assert.DoesNotContain(Words(file), w => w.Length == 0);
        }
    }

    [Theory]
    [InlineData("reporting-verbs.tsv", "reporting-participles.txt", "hedge-reported-verbs.txt")] // verbs of saying: one table, and the forms it does not hold
    [InlineData("months.tsv", "weekdays.txt", "number-abbreviations.txt", "source-place-words.txt")] // the calendar, and the lists built with it
    [InlineData("titles.tsv", "honorifics.txt")] // titles: the table, and the honorifics it does not hold
    [InlineData("titles.tsv", "source-titles.txt")] // titles: the table, and the source titles it does not hold
    [InlineData("organization-heads.tsv", "organization-words.txt")] // organisation words: the table, and the claims' words it does not hold
    [InlineData("abbreviations.tsv", "title-abbreviations.txt")] // abbreviations that keep their full stop
    [InlineData("name-particles.tsv", "source-name-connectors.txt")] // lower-case words inside names
    [InlineData("place-heads.tsv", "source-place-words.txt")] // words that make a name a place
    [InlineData("facility-heads.tsv", "not-in-person-names.txt")] // words of names of things, not people
    public void Lists_that_mean_the_same_kind_of_word_share_none(params string[] files)
    {
        for (int a = 0; a < files.Length; a++)
        {
            for (int b = a + 1; b < files.Length; b++)
            {
                var shared = Words(files[a]).Intersect(Words(files[b]), StringComparer.OrdinalIgnoreCase).ToList();
                Assert.True(shared.Count == 0, files[a] + " and " + files[b] + " both list: " + string.Join(", ", shared));
            }
        }
    }

    [Fact]
    public void Every_narrower_list_a_table_tags_is_read_and_named_in_its_header()
    {
        ReadByTheExtractors();
        foreach (string file in Files.Where(f => f.EndsWith(".tsv") && f != "months.tsv"))
        {
            var tags = Rows(file).SelectMany(r => r.Length > 1 ? r[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>()).Distinct().ToList();
            Assert.NotEmpty(tags);
            var header = File.ReadLines(Path.Combine(Folder, file)).TakeWhile(l => l.StartsWith('#')).ToList();
            foreach (string tag in tags)
            {
                Assert.True(WordLists.TagsRead.Contains(file + " " + tag), "no extractor reads the words of " + file + " tagged " + tag);
                Assert.Contains(header, l => l.StartsWith("#   " + tag + " "));
            }
        }
    }

    [Fact]
    public void The_reporting_verb_table_feeds_the_entity_cues_and_the_claim_rules()
    {
        // The entity rules and the name tagger read the name-cue verbs; the claim rules read every verb of the table.
        Assert.Contains("said", ArticleData.Engine.Extraction.Lexicon.NameCueReportingVerbs);
        Assert.DoesNotContain("forecast", ArticleData.Engine.Extraction.Lexicon.NameCueReportingVerbs);
        Assert.Contains("forecast", ArticleData.Engine.Extraction.Lexicon.ReportingVerbs);
        Assert.Equal(Rows("reporting-verbs.tsv").Count(), ArticleData.Engine.Extraction.Lexicon.ReportingVerbs.Count);
    }

    [Fact]
    public void Months_come_from_one_table_for_dates_abbreviations_and_the_calendar()
    {
        Assert.Equal(9, ArticleData.Engine.Extraction.Lexicon.MonthNumber("Sept"));
        Assert.Equal(5, ArticleData.Engine.Extraction.Lexicon.MonthNumber("may"));
        Assert.Contains("Sept", ArticleData.Engine.Extraction.Lexicon.NumberAbbreviations);
        Assert.DoesNotContain("May", ArticleData.Engine.Extraction.Lexicon.NumberAbbreviations);
        Assert.Contains("Dec", ArticleData.Engine.Extraction.Lexicon.Calendar);
        Assert.Contains("Sunday", ArticleData.Engine.Extraction.Lexicon.Calendar);
        Assert.Equal(31, ArticleData.Engine.Extraction.Lexicon.Calendar.Count);
    }

    [Fact]
    public void A_list_the_engine_does_not_embed_is_an_error_not_an_empty_list()
    {
        Assert.Throws<InvalidDataException>(() => WordLists.Folded("no-such-list"));
    }
}
