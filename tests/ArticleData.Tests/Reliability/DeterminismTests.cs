using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>The same articles give byte-identical output whatever their order, the culture, the line endings or the project directory.</summary>
public class DeterminismTests
{
    /// <summary>Articles whose names and text trip culture-sensitive code (Turkish i, Arabic digits, Japanese) and collide on slugs.</summary>
    private static List<(string Path, string Text, string Kind)> Inputs() => new (string, string)[]
    {
        ("articles/INDIA-istanbul.txt", "India and \u0130stanbul: 1,234.5 million\nIIIı\u0130i standfirst\nThe ministry said 3.5% of 1\u00A0000 people in Izmir.\n\nSecond paragraph \u0661\u0662\u0663."),
        ("articles/india-istanbul.md", "---\ntitle: Duplicate slug\ndate: 2024-03-01\ntags: [I, \u0131, \u0130]\n---\nBody."),
        ("articles/\u65E5\u672C.md", "# \u65E5\u672C\u8A9E\u306E\u898B\u51FA\u3057\n\n\u672C\u6587\u3002\n\n**\u592A\u5B57**"),
        ("articles/x-1.txt", "Class name X1\nBody"),
        ("articles/x1.txt", "Class name X1 again\nBody"),
        ("articles/sub/title.txt", "TITLE \u0130\u0131\nBody line one\nBody line two"),
        ("articles/empty.txt", ""),
        ("articles/too-large.txt", new string('w', 12_345)), // ART007 writes its size as a number (one line: CRLF would change it)
        (Repo.SeedFile, Repo.SeedText),
        ("glossary.txt", "Person: \u0130smail \u0130nan\u00E7 | Inan\u00E7\nbad line"),
    }.Select(i => (i.Item1, i.Item2, i.Item1.StartsWith("glossary", StringComparison.Ordinal) ? "Glossary" : "Article")).ToList();

    private static string Run(IEnumerable<(string Path, string Text, string Kind)> inputs, string? projectDirectory = null, Func<string, string>? newlines = null,
        bool lineDirectives = true)
    {
        var files = inputs.Select(i => HostileFile.Text(
            projectDirectory is null ? i.Path : projectDirectory + "/" + i.Path, newlines is null ? i.Text : newlines(i.Text), i.Kind)).ToList();
        var properties = new Dictionary<string, string> { ["ArticleDataMaxArticleSize"] = "10000" };
        if (projectDirectory is not null) properties["MSBuildProjectDirectory"] = projectDirectory;
        if (!lineDirectives) properties["ArticleDataLineDirectives"] = "false";
        var result = ReliabilityRunner.Run(files, properties);
        GeneratedCodeAssert.NoCrash(result);
        GeneratedCodeAssert.CompilesClean(result);
        // Output bytes, plus the diagnostics as id, file name, position and message: all must match.
        var diagnostics = result.GeneratorDiagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} {System.IO.Path.GetFileName(span.Path)} {span.StartLinePosition} {d.GetMessage(CultureInfo.InvariantCulture)}";
        }).OrderBy(d => d, StringComparer.Ordinal);
        return string.Join("\n=====\n", result.Sources.Select(s => s.HintName + "\n" + s.Text).Concat(diagnostics));
    }

    /// <summary>The output under the invariant culture, whichever test asks first.</summary>
    private static string Baseline { get; } = WithCulture("", () => Run(Inputs()));

    private static string WithCulture(string culture, Func<string> run)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }

    [Fact]
    public void Another_order_gives_the_same_bytes()
    {
        var inputs = Inputs();
        Assert.Equal(Baseline, Run(Enumerable.Reverse(inputs)));
        Assert.Equal(Baseline, Run(inputs.OrderBy(i => i.Text.Length)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Another_culture_gives_the_same_bytes(string culture)
    {
        string baseline = Baseline;
        Assert.Equal(baseline, WithCulture(culture, () => Run(Inputs())));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Other_line_endings_give_the_same_bytes(string newline)
    {
        Assert.Equal(Baseline, Run(Inputs(), newlines: t => t.Replace("\r\n", "\n").Replace("\n", newline)));
    }

    /// <summary>
    /// The directory shows in diagnostics' paths and in the #line directives' article paths (absolute, as the compiler
    /// gave them), nowhere else: with it taken out, the bytes are the same; with the directives off, they are the same as they are.
    /// </summary>
    [Fact]
    public void Another_project_directory_gives_the_same_bytes()
    {
        const string elsewhere = "/elsewhere/deep/Project Dir";
        Assert.Equal(Baseline.Replace(GeneratorHarness.ProjectDirectory + "/", ""), Run(Inputs(), elsewhere).Replace(elsewhere + "/", ""));
        var generated = Baseline.Split("\n=====\n").Where(s => s.StartsWith("ArticleData.", StringComparison.Ordinal)).SelectMany(s => s.Split('\n')).ToList();
        Assert.Contains(generated, l => l.Contains("#line (", StringComparison.Ordinal) && l.Contains("\"/project/articles/", StringComparison.Ordinal));
        Assert.DoesNotContain(generated, l => !l.TrimStart().StartsWith("#line", StringComparison.Ordinal) && l.Contains("/project", StringComparison.Ordinal));

        string generatedOff = GeneratedFiles(Run(Inputs(), lineDirectives: false));
        Assert.DoesNotContain("#line", generatedOff, StringComparison.Ordinal);
        Assert.DoesNotContain("/project", generatedOff, StringComparison.Ordinal);
        Assert.Equal(generatedOff, GeneratedFiles(Run(Inputs(), elsewhere, lineDirectives: false)));
    }

    /// <summary>The generated files of a run's output, without its diagnostics (whose paths are the files' own).</summary>
    private static string GeneratedFiles(string output) =>
        string.Join("\n=====\n", output.Split("\n=====\n").Where(s => s.StartsWith("ArticleData.", StringComparison.Ordinal)));
}
