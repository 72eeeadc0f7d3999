using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>An article a run must generate, and what its constants must hold (null: not checked).</summary>
public sealed record ExpectedArticle(string ClassName, string Title, string? Body = null, string? Standfirst = null, string? Slug = null,
    string? SourcePath = null, int? Paragraphs = null);

/// <summary>A diagnostic a run must report: id, file (project-relative; "" for project-wide) and 1-based line and column (0 when unlocated).</summary>
public sealed record ExpectedDiagnostic(string Id, string Path, int Line, int Column)
{
    public override string ToString() => $"{Id} {Path}({Line},{Column})";
}

/// <summary>The checks every generator run over hostile input must pass.</summary>
public static class GeneratedCodeAssert
{
    /// <summary>The generator did not throw: no exception in the run result, no CS8784/CS8785, no internal-error diagnostic.</summary>
    public static void NoCrash(GeneratorResult result)
    {
        foreach (var run in result.Driver.GetRunResult().Results) Assert.Null(run.Exception);
        var foreign = result.GeneratorDiagnostics.Where(d => !d.Id.StartsWith("ART", StringComparison.Ordinal) || d.Id == "ART013").ToList();
        Assert.True(foreign.Count == 0, "Unexpected generator diagnostics:\n" + string.Join("\n", foreign));
    }

    /// <summary>The compilation with the generated code has no diagnostic above hidden (warnings are errors in these runs).</summary>
    public static void CompilesClean(GeneratorResult result)
    {
        var problems = result.CompilationDiagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(20)));
    }

    /// <summary>Every ArticleData diagnostic has a message and, unless it concerns the project, a location in an article file.</summary>
    public static IReadOnlyList<ExpectedDiagnostic> LocatedDiagnostics(GeneratorResult result)
    {
        var found = new List<ExpectedDiagnostic>();
        foreach (var d in result.GeneratorDiagnostics)
        {
            string message = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.False(string.IsNullOrWhiteSpace(message), d.Id + " has no message");
            if (d.Location == Location.None)
            {
                Assert.Equal("ART011", d.Id); // only an MSBuild option is reported without a file
                found.Add(new ExpectedDiagnostic(d.Id, "", 0, 0));
                continue;
            }
            var span = d.Location.GetLineSpan();
            Assert.True(span.IsValid && span.Path.Length > 0, d.Id + " has no file");
            Assert.True(span.StartLinePosition.Line >= 0 && span.StartLinePosition.Character >= 0, d.Id + " has no position");
            found.Add(new ExpectedDiagnostic(d.Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }
        return found;
    }

    /// <summary>
    /// Generated text holds article content only as data: no raw control, format (bidi, zero-width), line-separator
    /// or lone surrogate character anywhere, so nothing can hide code or end a comment or literal unseen. Tabs are the
    /// indentation, so only at the start of a line.
    /// </summary>
    public static void OnlyVisibleCharacters(string hintName, string text)
    {
        bool lineStart = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') { lineStart = true; continue; }
            if (c == '\t' && lineStart) continue;
            lineStart = false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            var category = char.GetUnicodeCategory(c);
            bool bad = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
            Assert.False(bad, $"{hintName} holds U+{(int)c:X4} ({category}) at offset {i}");
        }
    }

    /// <summary>
    /// The generated trees declare exactly the types and members ArticleData generates — whatever the articles say —
    /// and hold no preprocessor directive but <c>#nullable</c> and ArticleData's own #line mappings to the article file.
    /// </summary>
    public static void OnlyExpectedMembers(GeneratorResult result, string catalogClass = "Articles", string entitiesClass = "Entities")
    {
        foreach (var (hintName, text) in result.Sources)
        {
            // A generated file is written to obj/ when EmitCompilerGeneratedFiles is on: its name must fit a file system.
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(hintName) <= 200, hintName + " is too long for a file name");
            OnlyVisibleCharacters(hintName, text);
            var tree = CSharpSyntaxTree.ParseText(text, ReliabilityRunner.ParseOptions());
            var root = tree.GetRoot();
            var directives = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).ToList();
            // The header's two (#nullable enable annotations, #nullable disable warnings) and none after it.
            var nullable = directives.Where(d => d.IsKind(SyntaxKind.NullableDirectiveTrivia)).ToList();
            Assert.True(nullable.Count <= 2, hintName + " holds more than the header's #nullable directives");
            var firstMember = root.DescendantNodes().OfType<MemberDeclarationSyntax>().FirstOrDefault();
            Assert.All(nullable, d => Assert.True(firstMember is null || d.SpanStart < firstMember.SpanStart, hintName + " holds a #nullable after its header"));
            var lineDirectives = directives.Where(d => !d.IsKind(SyntaxKind.NullableDirectiveTrivia)).ToList();
            Assert.All(lineDirectives, d => Assert.True(d.IsKind(SyntaxKind.LineDirectiveTrivia) || d.IsKind(SyntaxKind.LineSpanDirectiveTrivia), hintName + " holds " + d));
            if (hintName == "ArticleData.Catalog.g.cs") Assert.Empty(lineDirectives);
            else LineMappingsToTheArticle(hintName, root, lineDirectives);
            Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), t => t.IsKind(SyntaxKind.SkippedTokensTrivia));

            var members = Describe(root).ToList();
            if (hintName == "ArticleData.Catalog.g.cs") CatalogShape(members, catalogClass, entitiesClass);
            else ArticleShape(members, catalogClass, hintName);
        }
    }

    /// <summary>
    /// #line directives come in pairs around one declaration: a mapping to the article's own file (the file name of its
    /// <c>SourcePath</c>), then <c>#line default</c>.
    /// </summary>
    private static void LineMappingsToTheArticle(string hintName, SyntaxNode root, List<SyntaxTrivia> directives)
    {
        Assert.True(directives.Count % 2 == 0, hintName + " holds an unpaired #line");
        string sourcePath = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == "SourcePath")
            .Initializer!.Value is LiteralExpressionSyntax literal ? literal.Token.ValueText : "";
        string fileName = sourcePath.Substring(sourcePath.LastIndexOf('/') + 1);
        for (int i = 0; i < directives.Count; i += 2)
        {
            var mapping = directives[i].GetStructure();
            string? file = mapping switch
            {
                LineDirectiveTriviaSyntax plain when plain.File.ValueText.Length > 0 => plain.File.ValueText,
                LineSpanDirectiveTriviaSyntax span => span.File.ValueText,
                _ => null,
            };
            Assert.True(file is not null, hintName + " holds " + directives[i]);
            Assert.True(file!.Replace('\\', '/').EndsWith("/" + fileName, StringComparison.Ordinal), $"{hintName} maps to {file}, not to its article {sourcePath}");
            var reset = directives[i + 1].GetStructure() as LineDirectiveTriviaSyntax;
            Assert.True(reset is not null && reset.Line.IsKind(SyntaxKind.DefaultKeyword), hintName + " does not reset the mapping: " + directives[i + 1]);
            int mappedLine = directives[i].GetLocation().GetLineSpan().StartLinePosition.Line;
            int resetLine = directives[i + 1].GetLocation().GetLineSpan().StartLinePosition.Line;
            Assert.True(resetLine == mappedLine + 2, $"{hintName} maps more than one line: {directives[i]}");
        }
    }

    private static void ArticleShape(List<string> members, string catalog, string hintName)
    {
        string cls = hintName.Substring("ArticleData.Articles.".Length, hintName.Length - "ArticleData.Articles.".Length - ".g.cs".Length);
        string p = catalog + "." + cls;
        var allowed = new HashSet<string>
        {
            "class " + catalog, "class " + p,
            "field " + p + ".Slug", "field " + p + ".Title", "field " + p + ".Standfirst", "field " + p + ".SourcePath",
            "field " + p + ".Body", "field " + p + ".SourceBody",
            "property " + p + ".Article", "property " + p + ".JsonLd", "field " + p + ".__article", "field " + p + ".__Data",
            "class " + p + ".Entities", "method " + p + ".Entities.__Entity", "class " + p + ".Claims", "property " + p + ".Claims.All",
            "property " + p + ".Claims.Headline", "field " + p + ".Claims.HeadlineText", "property " + p + ".Claims.Standfirst", "field " + p + ".Claims.StandfirstText",
            "class " + p + ".Claims.Texts",
        };
        // claim text constants are named after the claim id: C + 10 hex digits, "_2" for a repeated sentence
        var claimText = new System.Text.RegularExpressions.Regex("^field " + System.Text.RegularExpressions.Regex.Escape(p + ".Claims.Texts.") + "C[0-9a-f]{10}(_[0-9]+)?$");
        var unexpected = members.Where(m => !allowed.Contains(m) && !m.StartsWith("property " + p + ".Entities.", StringComparison.Ordinal) && !claimText.IsMatch(m)).ToList();
        Assert.True(unexpected.Count == 0, hintName + " declares unexpected members:\n" + string.Join("\n", unexpected));
        Assert.Contains("field " + p + ".__Data", members);
        Assert.Contains("field " + p + ".Body", members);
    }

    private static void CatalogShape(List<string> members, string catalog, string entities)
    {
        var allowed = new HashSet<string>
        {
            "class " + catalog, "property " + catalog + ".All", "property " + catalog + ".Slugs", "class " + catalog + ".__All",
            "field " + catalog + ".__All.Value",
            "class " + catalog + ".__Records", "field " + catalog + ".__Records.Value", "method " + catalog + ".Find", "class " + entities,
            "class " + entities + ".__Table", "field " + entities + ".__Table.Value",
        };
        var unexpected = members.Where(m => !allowed.Contains(m) && !m.StartsWith("property " + entities + ".", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, "The catalog declares unexpected members:\n" + string.Join("\n", unexpected));
        Assert.Contains("method " + catalog + ".Find", members);
    }

    /// <summary>"class Articles.X", "field Articles.X.Title"…: every declaration in a tree, by kind and nested name (namespaces left out).</summary>
    public static IEnumerable<string> Describe(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            string? kind = node switch
            {
                ClassDeclarationSyntax => "class",
                BaseTypeDeclarationSyntax => "type",
                DelegateDeclarationSyntax => "delegate",
                FieldDeclarationSyntax => "field",
                PropertyDeclarationSyntax => "property",
                MethodDeclarationSyntax => "method",
                BaseMethodDeclarationSyntax => "member",
                EventDeclarationSyntax or EventFieldDeclarationSyntax => "event",
                IndexerDeclarationSyntax => "indexer",
                LocalFunctionStatementSyntax => "local-function",
                AnonymousFunctionExpressionSyntax => "lambda",
                GlobalStatementSyntax => "global-statement",
                UsingDirectiveSyntax => "using",
                AttributeListSyntax => "attribute",
                _ => null,
            };
            if (kind is null) continue;
            if (node is FieldDeclarationSyntax field)
            {
                foreach (var v in field.Declaration.Variables) yield return kind + " " + Path(node.Parent) + "." + v.Identifier.ValueText;
                continue;
            }
            string name = node switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                PropertyDeclarationSyntax pr => pr.Identifier.ValueText,
                MethodDeclarationSyntax m => m.Identifier.ValueText,
                _ => node.ToString().Length > 40 ? node.ToString().Substring(0, 40) : node.ToString(),
            };
            string parent = Path(node.Parent);
            yield return kind + " " + (parent.Length > 0 ? parent + "." : "") + name;
        }
    }

    private static string Path(SyntaxNode? node)
    {
        var names = new List<string>();
        for (; node is not null; node = node.Parent)
        {
            if (node is BaseTypeDeclarationSyntax t) names.Insert(0, t.Identifier.ValueText);
        }
        return string.Join(".", names);
    }

    /// <summary>Loads the compiled assembly and checks each expected article's constants, record and catalog entry hold exactly the expected text.</summary>
    public static Assembly HasArticles(GeneratorResult result, IEnumerable<ExpectedArticle> expected, string ns = "TestProject", string catalog = "Articles")
    {
        var assembly = GeneratorHarness.Load(result.Compilation);
        var catalogType = assembly.GetType(ns + "." + catalog)!;
        Assert.NotNull(catalogType);
        foreach (var e in expected)
        {
            var type = assembly.GetType(ns + "." + catalog + "+" + e.ClassName);
            Assert.True(type is not null, $"No generated class {e.ClassName}; generated: " + string.Join(", ", result.Sources.Select(s => s.HintName)));
            string Const(string name) => (string)type!.GetField(name)!.GetRawConstantValue()!;
            var article = (Article)type!.GetProperty("Article")!.GetValue(null)!;

            Exact(e.Title, Const("Title"), e.ClassName + ".Title");
            Exact(e.Title, article.Title, e.ClassName + ".Article.Title");
            if (e.Body is not null) Exact(e.Body, Const("Body"), e.ClassName + ".Body");
            if (e.Standfirst is not null) Exact(e.Standfirst, Const("Standfirst"), e.ClassName + ".Standfirst");
            if (e.Slug is not null) Exact(e.Slug, Const("Slug"), e.ClassName + ".Slug");
            if (e.SourcePath is not null) Exact(e.SourcePath, Const("SourcePath"), e.ClassName + ".SourcePath");
            if (e.Paragraphs is { } count) Assert.Equal(count, article.Paragraphs.Count);

            Exact(Const("Body"), article.Body, e.ClassName + ".Article.Body");
            Exact(Const("Standfirst"), article.Standfirst, e.ClassName + ".Article.Standfirst");
            Exact(article.Body, string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), e.ClassName + " paragraphs");
            var found = catalogType.GetMethod("Find")!.Invoke(null, new object[] { Const("Slug") });
            Assert.Same(article, found);
            // All, Find and X.Article share one record per article (the catalog's table).
            var all = (IReadOnlyList<Article>)catalogType.GetProperty("All")!.GetValue(null)!;
            Assert.Contains(all, a => ReferenceEquals(a, article));
            JsonLdSafe(article, e.ClassName);
        }
        return assembly;
    }

    /// <summary>
    /// The article's JSON-LD, whatever the article holds: valid JSON that gives the headline back exactly, with nothing
    /// that could end a script element or a JavaScript line, and no raw control character.
    /// </summary>
    public static void JsonLdSafe(Article article, string className)
    {
        string jsonLd = article.JsonLd;
        Assert.True(jsonLd.IndexOfAny(new[] { '<', '>', '\u2028', '\u2029' }) < 0, className + ".JsonLd holds a character a script element or JavaScript parser would act on");
        Assert.DoesNotContain(jsonLd, c => c < ' ');
        using var json = System.Text.Json.JsonDocument.Parse(jsonLd);
        Exact(LoneSurrogatesReplaced(article.Title), json.RootElement.GetProperty("headline").GetString()!, className + ".JsonLd headline");
    }

    /// <summary>The text with each lone surrogate as U+FFFD, as the JSON-LD writer gives it (it is no character).</summary>
    internal static string LoneSurrogatesReplaced(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>Equal, ordinal, with a readable message that shows where long texts first differ.</summary>
    public static void Exact(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return;
        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        string Show(string s) => string.Concat(s.Substring(at, Math.Min(20, s.Length - at)).Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
        Assert.Fail($"{what}: lengths {expected.Length} vs {actual.Length}, first difference at {at}: expected '{Show(expected)}', actual '{Show(actual)}'");
    }
}
