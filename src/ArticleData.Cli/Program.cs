using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleData.Engine.JsonLd;
using ArticleData.Engine.Model;
using ArticleData.Engine.Project;

namespace ArticleData.Cli;

/// <summary>
/// articledata inspect PATH... [--format json|table]   what the generator extracts
/// articledata check PATH... [--warnaserror]           the build's diagnostics; exit 1 on any error
/// articledata export PATH... [--output FILE] [--format jsonl|jsonld]   JSON Lines (or schema.org JSON-LD), one article a line
/// Every command: --glossary FILE, --property Name=Value (the build's ArticleData* properties), --project-dir DIR, --quiet.
/// The files given are one project, run through the engine's project stage exactly as the build runs them.
/// Exit codes: 0 no error diagnostic, 1 error diagnostics, 2 bad usage.
/// </summary>
public static class Program
{
    public const int Success = 0, ArticleErrors = 1, UsageError = 2;

    private const string Usage = "usage: articledata <inspect|check|export> FILE|DIRECTORY... [options]; 'articledata <command> --help' lists a command's options";

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
        if (args.Length == 0)
        {
            error.WriteLine(Usage);
            return UsageError;
        }
        var parsed = Commands(output, error, interactive).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Bad usage is exit 2, not System.CommandLine's 1 (which here means "the articles have errors").
            foreach (var e in parsed.Errors) error.WriteLine("articledata: " + e.Message);
            error.WriteLine(Usage);
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static Command Commands(TextWriter output, TextWriter error, bool interactive)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files, or directories standing for every .txt and .md file under them.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var glossaries = new Option<string[]>("--glossary", "-g") { Description = "A glossary file, as <ArticleGlossary> in a project (repeatable)." };
        var properties = new Option<string[]>("--property", "-p")
        {
            Description = "An ArticleData MSBuild property as the build would pass it, Name=Value (repeatable), e.g. ArticleDataMaxArticleSize=50000.",
        };
        var projectDirectory = new Option<string>("--project-dir") { Description = "The project directory paths are relative to in messages (default: the current directory)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var format = new Option<string>("--format", "-f") { Description = "json or table.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Exit 1 on warnings too." };
        var outputFile = new Option<string>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var exportFormat = new Option<string>("--format", "-f")
        {
            Description = "jsonl (what ArticleData extracts) or jsonld (each article's schema.org JSON-LD, as Article.JsonLd gives it).",
            DefaultValueFactory = _ => "jsonl",
        };
        exportFormat.AcceptOnlyFromAmong("jsonl", "jsonld");

        Command Project(string name, string description, params Option[] own)
        {
            var command = new Command(name, description) { paths, glossaries, properties, projectDirectory, quiet };
            foreach (var option in own) command.Options.Add(option);
            command.Validators.Add(result =>
            {
                var given = result.GetValue(paths) ?? Array.Empty<string>();
                // A glossary alone is something to check; nothing at all is bad usage.
                if (given.Length == 0 && result.GetValue(glossaries) is not { Length: > 0 }) result.AddError("no article files given");
                // System.CommandLine hands an unknown "--option" to the paths; one that looks like an option and is no file
                // is bad usage, named as such, not an unreadable article.
                foreach (var path in given)
                {
                    if (path.StartsWith("-", StringComparison.Ordinal) && !File.Exists(path) && !Directory.Exists(path))
                    {
                        result.AddError($"'{path}' is not an option of '{name}'");
                    }
                }
            });
            return command;
        }

        var inspect = Project("inspect", "Print what the generator extracts: text, entities, claims, diagnostics.", format);
        var check = Project("check", "Report the build's diagnostics in the compiler's format; exit 1 when any is an error.", warningsAsErrors);
        var export = Project("export", "Write JSON Lines, one article per line.", outputFile, exportFormat);

        ProjectResult? Load(ParseResult r, out IReadOnlyList<string> files)
        {
            files = r.GetValue(paths)!.SelectMany(Expand).ToList();
            var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in r.GetValue(properties) ?? Array.Empty<string>())
            {
                int equals = p.IndexOf('=');
                if (equals <= 0)
                {
                    error.WriteLine($"articledata: --property '{p}' is not Name=Value");
                    return null;
                }
                settings[p.Substring(0, equals).Trim()] = p.Substring(equals + 1);
            }
            var options = GeneratorOptions.From(name => settings.TryGetValue(name, out var v) ? v : null);
            string root = Path.GetFullPath(r.GetValue(projectDirectory) ?? Directory.GetCurrentDirectory());
            var inputs = files.Select(f => Input(InputKind.Article, f, root))
                .Concat((r.GetValue(glossaries) ?? Array.Empty<string>()).Select(g => Input(InputKind.Glossary, g, root)));
            var progress = new Progress(error, files.Count, interactive, r.GetValue(quiet));
            var result = ProjectStage.Run(inputs, ArticleFiles.Read, options, progress.Advance);
            progress.Finish();
            return result;
        }

        inspect.SetAction(r =>
        {
            var result = Load(r, out _);
            if (result is null) return UsageError;
            if (r.GetValue(format) == "table") foreach (var unit in result.Units) TableWriter.Write(output, unit.Article.File.FilePath, unit.Article.DecodeModel());
            else InspectJson(result, output);
            return ExitCode(result);
        });
        check.SetAction(r =>
        {
            var result = Load(r, out var files);
            return result is null ? UsageError : Check(result, files.Count, r.GetValue(warningsAsErrors), output);
        });
        export.SetAction(r =>
        {
            var result = Load(r, out _);
            if (result is null) return UsageError;
            Export(result, r.GetValue(outputFile) ?? "", r.GetValue(exportFormat) == "jsonld", output);
            return ExitCode(result);
        });
        // Named after the tool's command, not the assembly (which RootCommand would show as "ArticleData.Cli").
        var root = new Command("articledata", "Inspect, check and export articles with the engine the ArticleData source generator runs.")
        {
            inspect, check, export,
        };
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption());
        return root;
    }

    private static InputFile Input(InputKind kind, string path, string root) => new(kind, path, Paths.Relative(root, Path.GetFullPath(path)), null);

    private static int ExitCode(ProjectResult result) =>
        result.Diagnostics.Any(d => d.Severity == DiagnosticSeverityKind.Error) ? ArticleErrors : Success;

    private static void InspectJson(ProjectResult result, TextWriter output)
    {
        using (var w = new Utf8JsonWriter(new TextWriterStream(output), JsonOptions(indented: true)))
        {
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (var unit in result.Units)
            {
                ArticleJson.Write(w, unit);
                w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteLine();
    }

    private static int Check(ProjectResult result, int files, bool warningsAsErrors, TextWriter output)
    {
        int errorCount = 0, warningCount = 0;
        foreach (var d in result.Diagnostics)
        {
            // The compiler's own format, so CI logs and editors pick the location up; a project-wide one has no file.
            string where = d.Path.Length > 0 ? $"{d.Path}({d.Line},{d.Column})" : "articledata";
            output.WriteLine($"{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}");
            if (d.Severity == DiagnosticSeverityKind.Error) errorCount++;
            else if (d.Severity == DiagnosticSeverityKind.Warning) warningCount++;
        }
        output.WriteLine($"{files} article(s) checked: {errorCount} error(s), {warningCount} warning(s).");
        bool failed = errorCount > 0 || (warningsAsErrors && warningCount > 0);
        return failed ? ArticleErrors : Success;
    }

    private static void Export(ProjectResult result, string outputPath, bool jsonLd, TextWriter output)
    {
        using Stream stream = outputPath.Length > 0 ? File.Create(outputPath) : new TextWriterStream(output);
        foreach (var unit in result.Units)
        {
            if (jsonLd)
            {
                // The writer the runtime record uses: the same document, byte for byte, as Article.JsonLd.
                byte[] line = Encoding.UTF8.GetBytes(ModelJsonLd.Write(unit.Article.DecodeModel()) + "\n");
                stream.Write(line, 0, line.Length);
                continue;
            }
            using (var w = new Utf8JsonWriter(stream, JsonOptions(indented: false)))
            {
                ArticleJson.Write(w, unit);
            }
            stream.WriteByte((byte)'\n');
        }
        stream.Flush();
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
}
