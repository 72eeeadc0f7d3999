using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleData.Tests.Infrastructure;
using Xunit;
using CliProgram = ArticleData.Cli.Program;

namespace ArticleData.Tests.Cli;

/// <summary>The CLI run in-process through Program.Run, its output captured.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "articledata-cli-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public CliTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliProgram.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Inspect_prints_the_seeds_headline_standfirst_and_five_paragraphs_as_json()
    {
        var (code, output, _) = Run("inspect", Repo.Path(Repo.SeedFile), "--format", "json");

        Assert.Equal(0, code);
        var lines = Repo.SeedText.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        using var json = JsonDocument.Parse(output);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(lines[0], article.GetProperty("title").GetString());
        Assert.Equal(lines[1], article.GetProperty("standfirst").GetString());
        Assert.Equal("putin-seeks-energy-deals-in-beijing", article.GetProperty("slug").GetString());
        Assert.Equal(lines.Skip(3).Where(l => l.Length > 0), article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(article.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Inspect_table_is_for_people_headline_first_then_the_counts()
    {
        var (code, output, _) = Run("inspect", Repo.Path(Repo.SeedFile), "--format", "table");

        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.EndsWith("putin-seeks-energy-deals-in-beijing.txt", lines[0]);
        Assert.Equal("   " + Repo.SeedText.Split('\n')[0].TrimEnd('\r'), lines[1]);
        Assert.Contains(lines, l => l.StartsWith("   5 paragraphs, ", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_exits_1_when_an_article_has_an_error_and_still_prints_the_others()
    {
        string empty = Write("empty.txt", "");

        var (code, output, _) = Run("inspect", Repo.Path(Repo.SeedFile), empty);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("ART001", articles[1].GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Check_exits_0_on_the_seed_and_1_on_an_error_in_compiler_format()
    {
        var clean = Run("check", Repo.Path(Repo.SeedFile));
        Assert.Equal(0, clean.Code);
        Assert.Contains("1 article(s) checked: 0 error(s), 0 warning(s).", clean.Out);

        string empty = Write("empty.txt", "");
        var broken = Run("check", Repo.Path(Repo.SeedFile), empty);
        Assert.Equal(1, broken.Code);
        Assert.Contains($"{empty}(1,1): error ART001: ", broken.Out);
        Assert.Contains("2 article(s) checked: 1 error(s), 0 warning(s).", broken.Out);
    }

    [Fact]
    public void Check_fails_on_warnings_only_with_warnaserror()
    {
        string dated = Write("dated.md", "---\ntitle: Dated\ndate: someday\n---\n\nBody.\n");

        var lenient = Run("check", dated);
        var strict = Run("check", dated, "--warnaserror");

        Assert.Equal(0, lenient.Code);
        Assert.Contains($"{dated}(3,7): warning ART009: ", lenient.Out);
        Assert.Equal(1, strict.Code);
    }

    [Fact]
    public void Export_writes_one_json_object_per_line_for_a_directory_in_path_order()
    {
        Write("b/second.txt", "Second headline\n\nSecond body.\n");
        Write("a/first.md", "---\ntitle: First headline\nslug: first-one\n---\n\nFirst *body*.\n");
        Write("ignored.json", "{}");
        string jsonl = Path.Combine(_dir, "out.jsonl");

        var toStdout = Run("export", _dir);
        var toFile = Run("export", _dir, "--output", jsonl);

        Assert.Equal(0, toStdout.Code);
        Assert.Equal(0, toFile.Code);
        var lines = toStdout.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines, File.ReadAllLines(jsonl));
        Assert.Equal(2, lines.Length);
        var slugs = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("slug").GetString());
        Assert.Equal(new[] { "first-one", "second" }, slugs);
        Assert.Equal("First body.", JsonDocument.Parse(lines[0]).RootElement.GetProperty("paragraphs")[0].GetString());
    }

    [Fact]
    public void Export_format_jsonld_writes_one_schema_org_document_per_line()
    {
        Write("b/second.txt", "Second headline\n\nSecond body.\n");
        Write("a/first.md", "---\ntitle: First headline\ndate: 2024-05-01\n---\n\nFirst *body*.\n");

        var (code, output, _) = Run("export", _dir, "--format", "jsonld");
        var bad = Run("export", _dir, "--format", "xml");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "First headline", "Second headline" }, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("headline").GetString()));
        Assert.All(lines, l => Assert.Equal("NewsArticle", JsonDocument.Parse(l).RootElement.GetProperty("@type").GetString()));
        Assert.Equal("2024-05-01", JsonDocument.Parse(lines[0]).RootElement.GetProperty("datePublished").GetString());
        Assert.Equal(CliProgram.UsageError, bad.Code);
    }

    [Fact]
    public void Large_inputs_report_progress_on_stderr_and_keep_stdout_clean()
    {
        for (int i = 0; i < 60; i++) Write($"many/a{i:000}.txt", $"Headline {i}\n\nBody {i}.\n");

        var (code, output, error) = Run("export", Path.Combine(_dir, "many"));
        var quiet = Run("export", Path.Combine(_dir, "many"), "--quiet");

        Assert.Equal(0, code);
        Assert.Equal(60, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("30/60 articles (50%)", error);
        Assert.Contains("60 articles in ", error);
        Assert.Equal(output, quiet.Out);
        Assert.Equal("", quiet.Err);
    }

    [Fact]
    public void Small_inputs_print_no_progress()
    {
        var (_, _, error) = Run("inspect", Repo.Path(Repo.SeedFile));
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("inspect", "--format", "--warnaserror")]
    [InlineData("check", "--warnaserror", "--output")]
    [InlineData("export", "--output", "--warnaserror")]
    public void Each_command_has_help_that_lists_its_own_options(string command, string own, string foreign)
    {
        var (code, output, _) = Run(command, "--help");

        Assert.Equal(0, code);
        Assert.Contains($"articledata {command} [<paths>...] [options]", output);
        Assert.Contains(own, output);
        Assert.Contains("--property", output);
        Assert.DoesNotContain(foreign, output);
    }

    [Theory]
    [InlineData("check", "--output", "out.jsonl")]
    [InlineData("inspect", "--warnaserror")]
    [InlineData("export", "--warnaserror")]
    public void An_option_another_command_takes_is_bad_usage_named_in_the_message(string command, params string[] option)
    {
        var (code, output, error) = Run(new[] { command, Repo.Path(Repo.SeedFile) }.Concat(option).ToArray());

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"'{option[0]}' is not an option of '{command}'", error);
    }

    [Fact]
    public void A_property_sets_an_option_as_the_build_would_and_a_bad_value_is_ART011()
    {
        string article = Write("big.txt", "Big\n\n" + new string('x', 40) + "\n");

        var limited = Run("check", article, "--property", "ArticleDataMaxArticleSize=30");
        var bad = Run("check", article, "-p", "ArticleDataMaxArticleSize=lots");
        var malformed = Run("check", article, "-p", "ArticleDataMaxArticleSize");

        Assert.Equal(1, limited.Code);
        Assert.Contains($"{article}(1,1): error ART007: The article is 46 characters long, over the limit of 30", limited.Out);
        Assert.Equal(0, bad.Code);
        Assert.Contains("articledata: warning ART011: ArticleDataMaxArticleSize 'lots' is not a positive whole number", bad.Out);
        Assert.Equal(2, malformed.Code);
        Assert.Contains("--property 'ArticleDataMaxArticleSize' is not Name=Value", malformed.Err);
    }

    [Theory]
    [InlineData("publish", "x.txt")]
    [InlineData("inspect")]
    [InlineData("inspect", "x.txt", "--format", "xml")]
    [InlineData("check", "x.txt", "--nonsense")]
    public void Bad_usage_exits_2_with_the_usage_on_stderr(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("usage: articledata", error);
    }
}
