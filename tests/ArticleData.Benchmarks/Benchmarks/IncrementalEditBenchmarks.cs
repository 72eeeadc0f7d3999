using System.Collections.Generic;
using System.Linq;
using ArticleData.Benchmarks.Corpus;
using ArticleData.Benchmarks.Infrastructure;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using ArticleData.Tests.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleData.Benchmarks.Benchmarks;

/// <summary>
/// 2. One article edited with N−1 untouched: the second run of a driver that has seen all N, against a full run. The
/// setup also checks that only the edited article was produced again: at every N, that every other output's text is
/// the very object of the run before; up to <see cref="IncrementalEdit.TrackedCheckLimit"/> articles, also from the
/// tracked steps, that only that article was extracted and emitted again.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IncrementalEditBenchmarks
{
    private GeneratorDriver _cold = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private CSharpCompilation _compilation = null!;

    [ParamsSource(nameof(Counts))]
    public int N { get; set; }

    public static IEnumerable<int> Counts => Sizes.Or(100, 1_000, 10_000);

    public static int Articles(int n) => n;

    public static long Words(int n) => SyntheticCorpus.WordCount(n);

    [GlobalSetup]
    public void Setup()
    {
        var files = Drivers.Files(SyntheticCorpus.Generate(N));
        _compilation = Drivers.EmptyCompilation();
        var texts = Drivers.AdditionalTexts(files);
        _cold = Drivers.Create(new ArticleGenerator(), files, texts);
        _warm = _cold.RunGenerators(_compilation);
        (_original, _edited) = IncrementalEdit.Pick(files, texts);
        var reuse = IncrementalEdit.Reuse(_warm, _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation));
        System.Console.WriteLine("// " + reuse);
        if (!reuse.OnlyEditedArticleEmitted) throw new System.InvalidOperationException("An edit emitted more than its article: " + reuse);
        if (N > IncrementalEdit.TrackedCheckLimit) return;
        var check = IncrementalEdit.Check(files, _compilation, _original, _edited);
        System.Console.WriteLine("// " + check);
        if (!check.OnlyEditedArticleReran) throw new System.InvalidOperationException("An edit re-ran more than its article: " + check);
    }

    [Benchmark(Baseline = true)]
    public int FullRun() => Drivers.Generate(_cold, _compilation).Length;

    [Benchmark]
    public int OneArticleEdited() => Drivers.Generate(_warm.ReplaceAdditionalText(_original, _edited), _compilation).Length;

    [Benchmark]
    public int NothingEdited() => Drivers.Generate(_warm, _compilation).Length;
}

/// <summary>What the tracked steps of the run after an edit say was produced again.</summary>
public sealed record EditCheck(int Articles, int Extracted, int Units, int SourceOutputs, string OtherSteps)
{
    /// <summary>One article extracted and one file emitted again; the slug table, the catalog and the rest reused.</summary>
    public bool OnlyEditedArticleReran => Extracted == 1 && Units == 1 && SourceOutputs == 1 && OtherSteps.Length == 0;

    public override string ToString() =>
        $"edit of 1 in {Articles}: extracted again {Extracted}, units rebuilt {Units}, sources emitted again {SourceOutputs}, other steps rerun: {(OtherSteps.Length == 0 ? "none" : OtherSteps)}";
}

/// <summary>How many of a run's outputs are the same text objects as the run before's: the driver reuses a cached output's text.</summary>
public sealed record OutputReuse(int Outputs, int Reused)
{
    /// <summary>Every output but the edited article's file is the previous run's, untouched.</summary>
    public bool OnlyEditedArticleEmitted => Reused == Outputs - 1;

    public override string ToString() => $"after the edit, {Outputs - Reused} of {Outputs} generated files are new texts; {Reused} are the previous run's objects";
}

/// <summary>The edit the benchmark makes (a number in the middle article's body changes) and its checks.</summary>
public static class IncrementalEdit
{
    /// <summary>
    /// The largest N whose edit is checked from the tracked steps. Roslyn's step tracking (a testing aid, off in the
    /// compiler and the IDE) records each output's whole step tree, and every article's tree holds the slug table
    /// built from all N: recording grows faster than N² (1.3 s at 100 articles, 17 s at 400; minutes at 1,000). The
    /// same cost was found in Razor's tests (dotnet/razor#12479).
    /// </summary>
    public const int TrackedCheckLimit = 200;

    /// <summary>Compares the generated texts of the run after the edit with those of the run before, by reference.</summary>
    public static OutputReuse Reuse(GeneratorDriver before, GeneratorDriver after)
    {
        var previous = before.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        var current = after.GetRunResult().Results.Single().GeneratedSources;
        int reused = current.Count(s => previous.TryGetValue(s.HintName, out var text) && ReferenceEquals(text, s.SourceText));
        return new OutputReuse(current.Length, reused);
    }

    /// <summary>The middle article as the driver holds it, and that article with the first digit of its body changed.</summary>
    public static (AdditionalText Original, AdditionalText Edited) Pick(IReadOnlyList<TestFile> files, IReadOnlyList<AdditionalText> texts)
    {
        int index = files.Count / 2;
        string text = files[index].Text;
        int digit = text.IndexOfAny("0123456789".ToCharArray(), text.IndexOf("\n\n", System.StringComparison.Ordinal));
        string edited = text.Substring(0, digit) + (text[digit] == '9' ? '8' : (char)(text[digit] + 1)) + text.Substring(digit + 1);
        return (texts[index], new InMemoryAdditionalText(texts[index].Path, edited));
    }

    /// <summary>Runs a step-tracking driver over every file, applies the edit, runs again and counts what was produced again.</summary>
    public static EditCheck Check(IReadOnlyList<TestFile> files, CSharpCompilation compilation, AdditionalText original, AdditionalText edited)
    {
        var texts = Drivers.AdditionalTexts(files);
        var replaced = texts.First(t => t.Path == original.Path);
        var driver = Drivers.Create(new ArticleGenerator(), files, texts, trackSteps: true).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(replaced, edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        int Rerun(IEnumerable<IncrementalGeneratorRunStep> steps) => steps
            .SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

        int Steps(string name) => result.TrackedSteps.TryGetValue(name, out var steps) ? Rerun(steps) : 0;

        // The driver's own input and output steps appear among the tracked steps too; they are per file as well.
        var perArticle = new[] { "AdditionalTexts", "SourceOutput", TrackingNames.InputFiles, TrackingNames.Parsed, TrackingNames.Extracted, TrackingNames.Units };
        string other = string.Join(", ", result.TrackedSteps
            .Where(s => !perArticle.Contains(s.Key) && Rerun(s.Value) > 0)
            .Select(s => s.Key + " ×" + Rerun(s.Value)));
        int outputs = result.TrackedOutputSteps.Sum(s => Rerun(s.Value));
        return new EditCheck(files.Count, Steps(TrackingNames.Extracted), Steps(TrackingNames.Units), outputs, other);
    }
}
