using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleData.Generator.Extraction;
using ArticleData.Generator.Model;

namespace ArticleData.Cli;

/// <summary>
/// articledata inspect FILE... [--format json|table] [--glossary FILE]   what the generator extracts
/// articledata check FILE...                                            exit 1 on any error diagnostic
/// articledata export FILE... [--output FILE]                           JSON Lines, one article a line
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var files = new List<string>();
        string format = "json", output = "";
        var glossaries = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length: format = args[++i]; break;
                case "--glossary" when i + 1 < args.Length: glossaries.Add(args[++i]); break;
                case "--output" or "-o" when i + 1 < args.Length: output = args[++i]; break;
                default:
                    if (args[i].StartsWith("-", StringComparison.Ordinal)) return Fail($"unknown option '{args[i]}'");
                    files.AddRange(Expand(args[i]));
                    break;
            }
        }
        if (files.Count == 0) return Fail("no article files given");

        var problems = new List<ArticleDiagnostic>();
        var entries = new List<GlossaryEntry>();
        foreach (var g in glossaries) entries.AddRange(ArticleFiles.LoadGlossary(g, problems.Add).Entries);
        var glossary = new Glossary(entries.ToEquatableArray());

        return args[0] switch
        {
            "inspect" => Inspect(files, glossary, format),
            "check" => Check(files, glossary, problems),
            "export" => Export(files, glossary, output),
            _ => Fail($"unknown command '{args[0]}'"),
        };
    }

    private const string Usage = """
        usage: articledata <command> FILE... [options]
          inspect   print what the generator extracts (--format json|table)
          check     report diagnostics; exit 1 when any is an error
          export    write JSON Lines, one article per line (--output FILE, default stdout)
        options: --glossary FILE (repeatable)
        """;

    private static IEnumerable<ArticleModel> LoadAll(List<string> files, Glossary glossary)
    {
        bool progress = files.Count >= 50 && Console.IsErrorRedirected == false;
        for (int i = 0; i < files.Count; i++)
        {
            if (progress && i % 25 == 0) Console.Error.Write($"\r{i}/{files.Count} articles");
            yield return ArticleFiles.Load(files[i], glossary, ExtractionOptions.All);
        }
        if (progress) Console.Error.WriteLine($"\r{files.Count}/{files.Count} articles");
    }

    private static int Inspect(List<string> files, Glossary glossary, string format)
    {
        bool errors = false;
        if (format == "table")
        {
            foreach (var (path, model) in files.Zip(LoadAll(files, glossary)))
            {
                TableWriter.Write(Console.Out, path, model);
                errors |= model.Document.HasErrors;
            }
            return errors ? 1 : 0;
        }
        if (format != "json") return Fail($"unknown format '{format}' (json or table)");
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (var (path, model) in files.Zip(LoadAll(files, glossary)))
            {
                ArticleJson.Write(w, path, model);
                errors |= model.Document.HasErrors;
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
        return errors ? 1 : 0;
    }

    private static int Check(List<string> files, Glossary glossary, List<ArticleDiagnostic> problems)
    {
        int errorCount = 0, warningCount = 0;
        var all = problems.Concat(LoadAll(files, glossary).SelectMany(m => m.Document.Diagnostics));
        foreach (var d in all)
        {
            // The compiler's own format, so CI logs and editors pick the location up.
            Console.WriteLine($"{d.Path}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}");
            if (d.Severity == DiagnosticSeverityKind.Error) errorCount++;
            else if (d.Severity == DiagnosticSeverityKind.Warning) warningCount++;
        }
        Console.WriteLine($"{files.Count} article(s) checked: {errorCount} error(s), {warningCount} warning(s).");
        return errorCount > 0 ? 1 : 0;
    }

    private static int Export(List<string> files, Glossary glossary, string output)
    {
        bool errors = false;
        using Stream stream = output.Length > 0 ? File.Create(output) : Console.OpenStandardOutput();
        foreach (var (path, model) in files.Zip(LoadAll(files, glossary)))
        {
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                ArticleJson.Write(w, path, model);
            }
            stream.WriteByte((byte)'\n');
            errors |= model.Document.HasErrors;
        }
        return errors ? 1 : 0;
    }

    /// <summary>A directory stands for every .txt and .md file under it; anything else is a file.</summary>
    private static IEnumerable<string> Expand(string path)
    {
        if (!Directory.Exists(path)) return new[] { path };
        return Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("articledata: " + message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
