extern alias benchmarks;

using System.IO;
using System.Linq;
using System.Text;
using ArticleData.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ArticleData.Tests.Generator;

/// <summary>
/// The compiler's cost follows the size of what the generator writes, so the size is held down by a test: the own
/// corpus (33 hand-written articles and the seed) with default settings, everything generated over the articles' bytes.
/// </summary>
public class GeneratedSizeTests
{
    /// <summary>The ratio reached (README, Performance); the test fails when the generated code grows past it.</summary>
    private const double MaxGeneratedPerArticleByte = 6.1;

    /// <summary>The same for the benchmarks' synthetic articles (longer, fewer names per word).</summary>
    private const double MaxGeneratedPerArticleByteSynthetic = 3.0;

    private readonly ITestOutputHelper _output;

    public GeneratedSizeTests(ITestOutputHelper output) => _output = output;

    /// <summary>Where the articles are: a real project's depth, since the #line directives repeat each article's full path.</summary>
    private const string ProjectDirectory = "/home/user/source/repos/Newsroom/src/Newsroom.Site";

    /// <summary>The own corpus and the seed, placed under <see cref="ProjectDirectory"/>.</summary>
    private static System.Collections.Generic.List<TestFile> OwnCorpus() =>
        Directory.GetFiles(Repo.Path("tests", "ArticleData.Tests", "Corpus", "articles")).Append(Repo.Path(Repo.SeedFile))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new TestFile(ProjectDirectory + "/articles/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    [Fact]
    public void Generated_code_stays_within_its_size_budget_on_the_own_corpus()
    {
        var files = OwnCorpus();
        AssertWithinBudget(files, MaxGeneratedPerArticleByte);
    }

    [Fact]
    public void Generated_code_stays_within_its_size_budget_on_the_synthetic_benchmark_corpus()
    {
        var files = benchmarks::ArticleData.Benchmarks.Corpus.SyntheticCorpus.Generate(200)
            .Select(a => new TestFile(ProjectDirectory + "/articles/" + a.FileName, a.Text))
            .ToList();
        AssertWithinBudget(files, MaxGeneratedPerArticleByteSynthetic);
    }

    /// <summary>
    /// What <c>ArticleDataJsonLd</c> <c>constant</c> costs (README, Structured data): no budget, since it is a knob a project
    /// takes knowingly, only the figure and that it costs more than the default.
    /// </summary>
    [Fact]
    public void JSON_LD_as_constants_costs_what_the_README_says_on_the_own_corpus()
    {
        var files = OwnCorpus();
        double runtime = Ratio(files, null);
        double constant = Ratio(files, "constant");
        _output.WriteLine($"JSON-LD at run time: {runtime:F2}×; as constants: {constant:F2}×");
        Assert.True(constant > runtime);
    }

    private double Ratio(System.Collections.Generic.List<TestFile> files, string? jsonLd)
    {
        var properties = new System.Collections.Generic.Dictionary<string, string> { ["MSBuildProjectDirectory"] = ProjectDirectory };
        if (jsonLd != null) properties["ArticleDataJsonLd"] = jsonLd;
        var result = GeneratorHarness.Run(files, properties);
        Assert.Empty(result.Errors);
        return (double)result.Sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text)) / files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
    }

    private void AssertWithinBudget(System.Collections.Generic.List<TestFile> files, double budget)
    {
        var result = GeneratorHarness.Run(files, new System.Collections.Generic.Dictionary<string, string> { ["MSBuildProjectDirectory"] = ProjectDirectory });
        Assert.Empty(result.Errors);

        long articleBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
        long generatedBytes = result.Sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text));
        double ratio = (double)generatedBytes / articleBytes;
        _output.WriteLine($"{files.Count} articles, {articleBytes:N0} bytes → {generatedBytes:N0} bytes generated ({ratio:F2}×)");
        if (System.Environment.GetEnvironmentVariable("ARTICLEDATA_DUMP") is { } dump) foreach (var s in result.Sources) File.WriteAllText(Path.Combine(dump, s.HintName), s.Text);
        foreach (var s in result.Sources.OrderByDescending(s => s.Text.Length).Take(3)) _output.WriteLine($"  {s.HintName}: {s.Text.Length:N0}");
        Assert.True(ratio <= budget, $"Generated code is {ratio:F2}× the articles' bytes, over the budget of {budget}×.");
    }
}
