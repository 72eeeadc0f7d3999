using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.Benchmarks.Corpus;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using ArticleData.Tests.Infrastructure;
using BenchmarkDotNet.Attributes;

namespace ArticleData.Benchmarks.Benchmarks;

/// <summary>
/// 5. Extraction alone (entities and claims of already parsed articles), in words per second, on the project's own
/// corpus (tests/ArticleData.Tests/Corpus/articles and the seed), against the floor of reading every character once
/// (counting words). Parsing is measured beside it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ExtractionBenchmarks
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Files = new(() =>
        Directory.GetFiles(Repo.Path("tests", "ArticleData.Tests", "Corpus", "articles"), "*.txt")
            .Append(Repo.Path(Repo.SeedFile))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList());

    private ArticleDocument[] _documents = null!;

    public static int Articles(int n) => Files.Value.Count;

    public static long Words(int n) => Files.Value.Sum(f => (long)SyntheticCorpus.CountWords(f.Text));

    [GlobalSetup]
    public void Setup() => _documents = Files.Value.Select(f => ArticleParser.Parse(f.Path, f.Text)).ToArray();

    [Benchmark(Baseline = true)]
    public int CountWords()
    {
        int words = 0;
        foreach (var f in Files.Value) words += SyntheticCorpus.CountWords(f.Text);
        return words;
    }

    [Benchmark]
    public int Parse()
    {
        int paragraphs = 0;
        foreach (var f in Files.Value) paragraphs += ArticleParser.Parse(f.Path, f.Text).Paragraphs.Count;
        return paragraphs;
    }

    [Benchmark]
    public int Extract()
    {
        int found = 0;
        foreach (var d in _documents)
        {
            var model = ArticleExtractor.Extract(d, Glossary.Empty, ExtractionOptions.All);
            found += model.Entities.Count + model.Claims.Count;
        }
        return found;
    }
}
