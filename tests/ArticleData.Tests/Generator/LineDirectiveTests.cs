using System.Collections.Generic;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// The #line directives that map generated members to their article: the compiler, asked where a member is, answers
/// with the article file and the place in it the member comes from.
/// </summary>
public class LineDirectiveTests
{
    private const string ArticlePath = "articles/harbour.txt";
    private static readonly string FullPath = GeneratorHarness.Full(ArticlePath);

    // Line 4 holds the entity's first mention and the body's first paragraph.
    private static readonly string[] Lines =
    {
        "Harbour works begin",
        "The council approved the plan.",
        "",
        "On Monday, Mayor Jane Porter said the works would take a year.",
        "",
        "Jane Porter added that the quay stays open.",
    };

    private static readonly string Article = string.Join("\n", Lines) + "\n";

    /// <summary>The generator over the article with <c>ArticleDataDetail</c> full, which maps every member it can, unless <paramref name="properties"/> say otherwise.</summary>
    private static GeneratorResult Run(LanguageVersion version = LanguageVersion.Latest, IDictionary<string, string>? properties = null,
        string userCode = "")
    {
        var all = new Dictionary<string, string> { ["ArticleDataDetail"] = "full" };
        if (properties is not null) foreach (var p in properties) all[p.Key] = p.Value;
        return GeneratorHarness.Run(new[] { new TestFile(ArticlePath, Article) }, all, version,
            version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable, userCode: userCode);
    }

    private static SyntaxTree Generated(GeneratorResult result) =>
        result.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("ArticleData.Articles.Harbour.g.cs", System.StringComparison.Ordinal));

    /// <summary>Where the compiler places the member <paramref name="name"/> declared in <paramref name="type"/>: its name's mapped span.</summary>
    private static FileLinePositionSpan MappedName(SyntaxTree tree, string type, string name) =>
        tree.GetMappedLineSpan(NameToken(tree, type, name).Span);

    private static SyntaxToken NameToken(SyntaxTree tree, string type, string name)
    {
        var declaration = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == type);
        return declaration.Members.Select(m => m switch
        {
            PropertyDeclarationSyntax p => p.Identifier,
            FieldDeclarationSyntax f => f.Declaration.Variables[0].Identifier,
            _ => default,
        }).Single(t => t.Text == name);
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/> in the article.</summary>
    private static (int Line, int Column) Find(string text)
    {
        int line = System.Array.FindIndex(Lines, l => l.Contains(text, System.StringComparison.Ordinal));
        return (line + 1, Lines[line].IndexOf(text, System.StringComparison.Ordinal) + 1);
    }

    private static void AssertMapped(FileLinePositionSpan span, (int Line, int Column) start, int length)
    {
        Assert.True(span.HasMappedPath);
        Assert.Equal(FullPath, span.Path);
        Assert.Equal(new LinePosition(start.Line - 1, start.Column - 1), span.StartLinePosition);
        Assert.Equal(new LinePosition(start.Line - 1, start.Column - 1 + length), span.EndLinePosition);
    }

    [Fact]
    public void Members_map_to_their_place_in_the_article()
    {
        var result = Run();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        var tree = Generated(result);

        // The name of each member maps onto the text it stands for, to the column.
        AssertMapped(MappedName(tree, "Harbour", "Title"), (1, 1), Lines[0].Length);
        AssertMapped(MappedName(tree, "Harbour", "Standfirst"), (2, 1), Lines[1].Length);
        AssertMapped(MappedName(tree, "Harbour", "Body"), (4, 1), Lines[3].Length);
        AssertMapped(MappedName(tree, "Entities", "JanePorter"), Find("Jane Porter"), "Jane Porter".Length);
        AssertMapped(MappedName(tree, "Claims", "StandfirstText"), (2, 1), Lines[1].Length);
        var texts = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "Texts");
        var quay = texts.Members.OfType<FieldDeclarationSyntax>()
            .Single(f => f.Declaration.Variables[0].Initializer!.Value.ToString().Contains("quay", System.StringComparison.Ordinal));
        AssertMapped(tree.GetMappedLineSpan(quay.Declaration.Variables[0].Identifier.Span), (6, 1), Lines[5].Length);
    }

    [Fact]
    public void Code_outside_the_mapped_members_stays_in_the_generated_file()
    {
        var tree = Generated(Run());

        var slug = MappedName(tree, "Harbour", "Slug");
        var article = MappedName(tree, "Harbour", "Article");
        Assert.False(slug.HasMappedPath);
        Assert.False(article.HasMappedPath);
        Assert.Equal(tree.FilePath, article.Path);
        // #line default after each member: the line numbers of what follows are the generated file's own.
        Assert.Equal(tree.GetLineSpan(NameToken(tree, "Harbour", "Article").Span).StartLinePosition, article.StartLinePosition);
    }

    [Fact]
    public void A_compiler_error_on_a_mapped_member_is_reported_in_the_article()
    {
        // A hand-written member that clashes with a generated one: the compiler reports the second declaration, the generated one.
        const string userCode = "namespace TestProject { public static partial class Articles { public static partial class Harbour { /// <summary>Mine.</summary>\npublic const string Title = \"mine\"; } } }";
        var result = Run(userCode: userCode);

        var clash = Assert.Single(result.CompilationDiagnostics, d => d.Id == "CS0102");
        var where = clash.Location.GetMappedLineSpan();
        Assert.Equal(FullPath, where.Path);
        Assert.Equal(new LinePosition(0, 0), where.StartLinePosition);
    }

    [Fact]
    public void The_pdb_places_an_entity_getter_at_the_mention()
    {
        var result = Run();
        using var peStream = new System.IO.MemoryStream();
        using var pdbStream = new System.IO.MemoryStream();
        var emit = result.Compilation.Emit(peStream, pdbStream,
            options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb));
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        peStream.Position = 0;
        pdbStream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(peStream);
        using var pdbProvider = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var pdb = pdbProvider.GetMetadataReader();
        // Harbour.Entities.JanePorter, not the project-wide entity catalog's property of the same name.
        var getter = metadata.MethodDefinitions.Single(h =>
        {
            var method = metadata.GetMethodDefinition(h);
            var type = metadata.GetTypeDefinition(method.GetDeclaringType());
            return metadata.GetString(method.Name) == "get_JanePorter" && type.IsNested
                && metadata.GetString(metadata.GetTypeDefinition(type.GetDeclaringType()).Name) == "Harbour";
        });
        var point = pdb.GetMethodDebugInformation(getter).GetSequencePoints().Single(p => !p.IsHidden);

        Assert.Equal(FullPath, pdb.GetString(pdb.GetDocument(point.Document).Name));
        Assert.Equal(Find("Jane Porter").Line, point.StartLine);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp9)]
    public void Before_CSharp_10_the_plain_form_maps_the_line(LanguageVersion version)
    {
        var result = Run(version);
        Assert.Empty(result.Errors);
        var tree = Generated(result);

        Assert.DoesNotContain("#line (", tree.ToString());
        var title = MappedName(tree, "Harbour", "Title");
        Assert.Equal(FullPath, title.Path);
        Assert.Equal(0, title.StartLinePosition.Line);
        var entity = MappedName(tree, "Entities", "JanePorter");
        Assert.Equal(FullPath, entity.Path);
        Assert.Equal(Find("Jane Porter").Line - 1, entity.StartLinePosition.Line);
    }

    [Fact]
    public void A_mention_beyond_the_columns_the_enhanced_form_takes_gets_the_plain_form()
    {
        // The enhanced form takes columns up to 65,536; the mention sits past that on line 4, the headline does not.
        string article = "Harbour works begin\n\n" + "Short first paragraph.\n\n" + new string('x', 70_000) + " and Mayor Jane Porter said so.\n";
        var result = GeneratorHarness.Run(new[] { new TestFile(ArticlePath, article) }, new Dictionary<string, string> { ["ArticleDataDetail"] = "full" });
        Assert.Empty(result.Errors);
        var tree = Generated(result);

        Assert.Contains("#line 5 \"" + FullPath + "\"", tree.ToString());
        var entity = MappedName(tree, "Entities", "JanePorter");
        Assert.Equal(FullPath, entity.Path);
        Assert.Equal(4, entity.StartLinePosition.Line);
        AssertMapped(MappedName(tree, "Harbour", "Title"), (1, 1), "Harbour works begin".Length);
    }

    [Fact]
    public void Compact_output_maps_the_text_constants_and_nothing_else()
    {
        var result = Run(properties: new Dictionary<string, string> { ["ArticleDataDetail"] = "compact" });
        Assert.Empty(result.Errors);
        var tree = Generated(result);

        AssertMapped(MappedName(tree, "Harbour", "Title"), (1, 1), "Harbour works begin".Length);
        Assert.True(MappedName(tree, "Harbour", "Body").HasMappedPath);
        Assert.False(MappedName(tree, "Entities", "JanePorter").HasMappedPath);
        // Compact is the default: the same text without the knob.
        Assert.Equal(result.Source("Harbour"), GeneratorHarness.Run(new[] { new TestFile(ArticlePath, Article) }).Source("Harbour"));
    }

    [Fact]
    public void ArticleDataLineDirectives_false_emits_none_and_changes_nothing_else()
    {
        string with = Run().Source("Harbour");
        var without = Run(properties: new Dictionary<string, string> { ["ArticleDataLineDirectives"] = "False" });

        Assert.Empty(without.GeneratorDiagnostics);
        Assert.Empty(without.Errors);
        Assert.DoesNotContain("#line", without.Source("Harbour"));
        Assert.Contains("#line", with);
        string stripped = string.Join("\n", with.Split('\n').Where(l => !l.TrimStart().StartsWith("#line", System.StringComparison.Ordinal)));
        Assert.Equal(stripped, without.Source("Harbour"));
        Assert.False(MappedName(Generated(without), "Harbour", "Title").HasMappedPath);
    }

    [Fact]
    public void A_bad_ArticleDataLineDirectives_value_warns_and_keeps_the_default()
    {
        var result = Run(properties: new Dictionary<string, string> { ["ArticleDataLineDirectives"] = "sometimes" });

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ART011", warning.Id);
        Assert.Contains("ArticleDataLineDirectives 'sometimes'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("#line (", result.Source("Harbour"));
    }

    [Theory]
    [InlineData("/project/articles/say \"hi\".txt")]
    [InlineData("/project/articles/two\nlines.txt")]
    [InlineData("/project/articles/two\rlines.txt")]
    [InlineData("/project/articles/sep\u2028arated.txt")]
    [InlineData("/project/articles/next\u0085line.txt")]
    public void A_path_no_directive_can_hold_gets_no_directives_and_still_compiles(string path)
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(path, Article, Slug: "hostile") });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        string source = result.Source("Hostile");
        Assert.DoesNotContain("#line", source);
        Assert.Contains("public const string Title = \"Harbour works begin\";", source);
    }

    [Fact]
    public void Paths_with_spaces_backslashes_and_non_ASCII_letters_are_mapped_as_given()
    {
        const string path = @"C:\Users\Zoë Müller\News\articles\harbour 1.txt";
        var result = GeneratorHarness.Run(new[] { new TestFile(path, Article) },
            new Dictionary<string, string> { ["MSBuildProjectDirectory"] = @"C:\Users\Zoë Müller\News" });

        Assert.Empty(result.Errors);
        var tree = result.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("ArticleData.Articles.Harbour1.g.cs", System.StringComparison.Ordinal));
        Assert.Equal(path, MappedName(tree, "Harbour1", "Title").Path);
    }
}
