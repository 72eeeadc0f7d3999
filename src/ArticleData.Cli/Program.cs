using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleData.Generator.Extraction;
using ArticleData.Generator.Model;

namespace ArticleData.Cli;

/// <summary>
/// articledata inspect FILE... [--format json|table] [--glossary FILE]   what the generator extracts
/// articledata check FILE... [--warnaserror]                            exit 1 on any error diagnostic
/// articledata export FILE... [--output FILE]                           JSON Lines, one article a line
/// Exit codes: 0 no error diagnostic, 1 error diagnostics, 2 bad usage.
/// </summary>
public static class Program
{
    public const int Success = 0, ArticleErrors = 1, UsageError = 2;

    public static int Main(string[] args)
    {
        // UTF-8 whatever the console's code page, buffered: large inputs print megabytes.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        int code = Run(args, stdout, Console.Error, interactive: !Console.IsErrorRedirected);
        stdout.Flush();
        return code;
    }

    /// <summary>The whole tool, writing to the given writers: what Main runs and what tests call in-process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? UsageError : Success;
        }
        var options = new CliOptions();
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" or "-f" when i + 1 < args.Length: options.Format = args[++i]; break;
                case "--glossary" or "-g" when i + 1 < args.Length: options.Glossaries.Add(args[++i]); break;
                case "--output" or "-o" when i + 1 < args.Length: options.Output = args[++i]; break;
                case "--warnaserror": options.WarningsAsErrors = true; break;
                case "--quiet" or "-q": options.Quiet = true; break;
                default:
                    if (args[i].StartsWith("-", StringComparison.Ordinal)) return Fail(error, $"unknown option '{args[i]}'");
                    options.Files.AddRange(Expand(args[i]));
                    break;
            }
        }
        if (args[0] is not ("inspect" or "check" or "export")) return Fail(error, $"unknown command '{args[0]}'");
        if (options.Files.Count == 0) return Fail(error, "no article files given");
        if (args[0] == "inspect" && options.Format is not ("json" or "table")) return Fail(error, $"unknown format '{options.Format}' (json or table)");

        var glossaryProblems = new List<ArticleDiagnostic>();
        var entries = new List<GlossaryEntry>();
        foreach (var g in options.Glossaries) entries.AddRange(ArticleFiles.LoadGlossary(g, glossaryProblems.Add).Entries);
        var glossary = new Glossary(entries.ToEquatableArray());
        var progress = new Progress(error, options.Files.Count, interactive, options.Quiet);
        var articles = LoadAll(options.Files, glossary, progress);

        return args[0] switch
        {
            "inspect" when options.Format == "table" => InspectTable(articles, output),
            "inspect" => InspectJson(articles, output),
            "check" => Check(articles, glossaryProblems, options, output),
            _ => Export(articles, options.Output, output),
        };
    }

    private const string Usage = """
        usage: articledata <command> FILE|DIRECTORY... [options]
          inspect   print what the generator extracts (--format json|table)
          check     report diagnostics as the compiler does; exit 1 when any is an error (--warnaserror: or a warning)
          export    write JSON Lines, one article per line (--output FILE, default stdout)
        options: --glossary FILE (repeatable), --quiet (no progress on stderr)
        a directory stands for every .txt and .md file under it
        exit codes: 0 no error diagnostics, 1 error diagnostics, 2 bad usage
        """;

    private sealed class CliOptions
    {
        public List<string> Files { get; } = new();
        public List<string> Glossaries { get; } = new();
        public string Format { get; set; } = "json";
        public string Output { get; set; } = "";
        public bool WarningsAsErrors { get; set; }
        public bool Quiet { get; set; }
    }

    /// <summary>Loads lazily, one article at a time, so memory stays flat and output starts at once.</summary>
    private static IEnumerable<(string Path, ArticleModel Model)> LoadAll(List<string> files, Glossary glossary, Progress progress)
    {
        for (int i = 0; i < files.Count; i++)
        {
            yield return (files[i], ArticleFiles.Load(files[i], glossary, ExtractionOptions.All));
            progress.Report(i + 1);
        }
        progress.Finish();
    }

    private static int InspectTable(IEnumerable<(string Path, ArticleModel Model)> articles, TextWriter output)
    {
        bool errors = false;
        foreach (var (path, model) in articles)
        {
            TableWriter.Write(output, path, model);
            errors |= model.Document.HasErrors;
        }
        return errors ? ArticleErrors : Success;
    }

    private static int InspectJson(IEnumerable<(string Path, ArticleModel Model)> articles, TextWriter output)
    {
        bool errors = false;
        using (var w = new Utf8JsonWriter(new TextWriterStream(output), JsonOptions(indented: true)))
        {
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (var (path, model) in articles)
            {
                ArticleJson.Write(w, path, model);
                w.Flush();
                errors |= model.Document.HasErrors;
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteLine();
        return errors ? ArticleErrors : Success;
    }

    private static int Check(IEnumerable<(string Path, ArticleModel Model)> articles, List<ArticleDiagnostic> glossaryProblems, CliOptions options, TextWriter output)
    {
        int errorCount = 0, warningCount = 0;
        var all = glossaryProblems.Concat(articles.SelectMany(a => a.Model.Document.Diagnostics));
        foreach (var d in all)
        {
            // The compiler's own format, so CI logs and editors pick the location up.
            output.WriteLine($"{d.Path}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}");
            if (d.Severity == DiagnosticSeverityKind.Error) errorCount++;
            else if (d.Severity == DiagnosticSeverityKind.Warning) warningCount++;
        }
        output.WriteLine($"{options.Files.Count} article(s) checked: {errorCount} error(s), {warningCount} warning(s).");
        bool failed = errorCount > 0 || (options.WarningsAsErrors && warningCount > 0);
        return failed ? ArticleErrors : Success;
    }

    private static int Export(IEnumerable<(string Path, ArticleModel Model)> articles, string outputPath, TextWriter output)
    {
        bool errors = false;
        using Stream stream = outputPath.Length > 0 ? File.Create(outputPath) : new TextWriterStream(output);
        foreach (var (path, model) in articles)
        {
            using (var w = new Utf8JsonWriter(stream, JsonOptions(indented: false)))
            {
                ArticleJson.Write(w, path, model);
            }
            stream.WriteByte((byte)'\n');
            errors |= model.Document.HasErrors;
        }
        stream.Flush();
        return errors ? ArticleErrors : Success;
    }

    private static JsonWriterOptions JsonOptions(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A directory stands for every .txt and .md file under it, in ordinal order; anything else is a file.</summary>
    private static IEnumerable<string> Expand(string path)
    {
        if (!Directory.Exists(path)) return new[] { path };
        return Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("articledata: " + message);
        error.WriteLine(Usage);
        return UsageError;
    }
}
