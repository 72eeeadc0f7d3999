using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleData.Tests.Infrastructure;
using ArticleData.Tests.Reliability;
using Microsoft.CodeAnalysis;
using Xunit;
using CliProgram = ArticleData.Cli.Program;

namespace ArticleData.Tests.Cli;

/// <summary>
/// One engine, one verdict: over the hostile corpus (healthy, broken and malicious articles, bad options), `articledata
/// check` reports exactly the diagnostics the build reports (id, severity, file, line, column, message), and over the
/// project's own corpus `inspect` describes the very entities and claims the generated records hold.
/// </summary>
public sealed class CheckParityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "articledata-parity-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>
    /// Cases the command line can be given as the build is: files a disk can hold (no lone surrogate, no file name over
    /// 255 bytes), no per-item Slug metadata (the CLI has none).
    /// </summary>
    public static IEnumerable<object[]> Cases =>
        HostileCorpus.All
            .Where(c => c.Files().All(f => f.File.Slug is null && OnDisk(f)) && c.Files().Any(f => f.File.Kind is "Article" or "Glossary"))
            .Select(c => new object[] { c.Name });

    private static bool OnDisk(HostileFile f) =>
        (f.Bytes is not null || GeneratedCodeAssert.LoneSurrogatesReplaced(f.File.Text) == f.File.Text)
        && f.File.Path.Split('/').All(part => System.Text.Encoding.UTF8.GetByteCount(part) <= 255);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_reports_what_the_build_reports(string name)
    {
        var hostile = HostileCorpus.Get(name);
        var files = hostile.Files();
        var properties = hostile.Properties?.ToDictionary(p => p.Key, p => p.Value) ?? new Dictionary<string, string>();

        var build = ReliabilityRunner.Run(files, properties, warningsAsErrors: false);
        var built = build.GeneratorDiagnostics.Select(FromBuild).OrderBy(d => d).ToList();

        string project = Path.Combine(_root, name);
        var args = new List<string> { "check", "--project-dir", project, "--quiet" };
        foreach (var f in files)
        {
            string path = Path.Combine(project, f.File.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (f.Bytes is not null) File.WriteAllBytes(path, f.Bytes); else File.WriteAllText(path, f.File.Text);
            if (f.File.Kind == "Glossary") args.Add("--glossary");
            // What the project declares neither as an article nor as a glossary, the build ignores and the CLI is not given.
            if (f.File.Kind is "Article" or "Glossary") args.Add(path);
        }
        foreach (var (key, value) in properties) args.AddRange(new[] { "--property", $"{key}={value}" });
        var output = new StringWriter();
        int code = CliProgram.Run(args.ToArray(), output, new StringWriter());
        var checkedLines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).Select(l => FromCheck(l, project)).OrderBy(d => d).ToList();

        Assert.Equal(built, checkedLines);
        Assert.Equal(built.Any(d => d.StartsWith("error ", StringComparison.Ordinal)) ? 1 : 0, code);
    }

    [Fact]
    public void The_parity_cases_cover_every_project_level_diagnostic()
    {
        var covered = Cases.Select(c => HostileCorpus.Get((string)c[0])).SelectMany(c => c.Diagnostics).Select(d => d.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "ART004", "ART005", "ART007", "ART008", "ART011" }, covered);
    }

    [Fact]
    public void Check_reports_ART004_at_both_story_files_in_two_folders()
    {
        string a = Write("folder/a/story.txt", "First\n\nThe first story.\n");
        string b = Write("folder/b/story.txt", "Second\n\nThe second story.\n");
        Write("folder/other.txt", "Other\n\nAnother story.\n");
        var output = new StringWriter();

        int code = CliProgram.Run(new[] { "check", Path.Combine(_root, "folder"), "--project-dir", Path.Combine(_root, "folder") }, output, new StringWriter());

        Assert.Equal(1, code);
        Assert.Contains($"{a}(1,1): error ART004: The slug 'story' of this article is claimed again by 'b/story.txt'", output.ToString());
        Assert.Contains($"{b}(1,1): error ART004: The slug 'story' is already taken by 'a/story.txt'", output.ToString());
        Assert.Contains("3 article(s) checked: 2 error(s), 0 warning(s).", output.ToString());
    }

    [Fact]
    public void Inspect_agrees_with_the_generated_records_on_entities_and_claims()
    {
        var corpus = Directory.GetFiles(Repo.Path("tests/ArticleData.Tests/Corpus/articles")).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var build = GeneratorHarness.Run(corpus.Select(f => new TestFile("articles/" + Path.GetFileName(f), File.ReadAllText(f))));
        Assert.Empty(build.Errors);
        var all = (IReadOnlyList<ArticleData.Article>)GeneratorHarness.Load(build.Compilation).GetType("TestProject.Articles")!.GetProperty("All")!.GetValue(null)!;
        var records = all.ToDictionary(a => a.Slug);

        var output = new StringWriter();
        Assert.Equal(0, CliProgram.Run(new[] { "inspect", "--quiet" }.Concat(corpus).ToArray(), output, new StringWriter()));
        using var json = JsonDocument.Parse(output.ToString());
        int compared = 0;
        foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            var record = records[article.GetProperty("slug").GetString()!];
            Assert.Equal(record.Entities.Select(e => $"{e.Kind} {e.Name} [{string.Join("|", e.Mentions.Select(m => $"{m.Span.Line}:{m.Span.Column}+{m.Span.Length}"))}]"),
                article.GetProperty("entities").EnumerateArray().Select(e =>
                    $"{e.GetProperty("kind").GetString()} {e.GetProperty("name").GetString()} [{string.Join("|", e.GetProperty("mentions").EnumerateArray().Select(Where))}]"));
            Assert.Equal(record.Claims.Select(c => $"{c.Id} {c.Kind} {c.Certainty} {c.Attribution?.Source} {c.Text}"),
                article.GetProperty("claims").EnumerateArray().Select(c =>
                    $"{c.GetProperty("id").GetString()} {c.GetProperty("kind").GetString()} {Capitalised(c.GetProperty("certainty").GetString()!)} {c.GetProperty("attribution").GetString()} {c.GetProperty("text").GetString()}"));
            compared++;
        }
        Assert.Equal(corpus.Count, compared);
    }

    private static string FromBuild(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        string where = d.Location == Location.None ? "(project)"
            : $"{Path.GetRelativePath(GeneratorHarness.ProjectDirectory, span.Path).Replace('\\', '/')}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        return $"{d.Severity.ToString().ToLowerInvariant()} {d.Id} {where}: {d.GetMessage()}";
    }

    private static readonly Regex CheckLine = new(@"^(?:(?<path>.*)\((?<line>\d+),(?<column>\d+)\)|articledata): (?<severity>\w+) (?<id>ART\d+): (?<message>.*)$");

    private static string FromCheck(string line, string project)
    {
        var m = CheckLine.Match(line.TrimEnd('\r'));
        Assert.True(m.Success, $"not a diagnostic line: {line}");
        string where = m.Groups["path"].Success
            ? $"{Path.GetRelativePath(project, m.Groups["path"].Value).Replace('\\', '/')}({m.Groups["line"].Value},{m.Groups["column"].Value})"
            : "(project)";
        return $"{m.Groups["severity"].Value} {m.Groups["id"].Value} {where}: {m.Groups["message"].Value}";
    }

    private static string Where(JsonElement span) =>
        $"{span.GetProperty("line").GetInt32()}:{span.GetProperty("column").GetInt32()}+{span.GetProperty("length").GetInt32()}";

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
