using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using CsCheck;
using Xunit;

namespace ArticleData.Tests.Parsing;

public class MarkdownParserTests
{
    private const string FullFrontMatter =
        "---\n" +
        "title: \"Harbour: a new bridge\"\n" +
        "summary: The council approved it on Monday.\n" +
        "slug: harbour-bridge\n" +
        "date: 2024-05-01\n" +
        "authors:\n" +
        "  - Ann Lee\n" +
        "  - 'Bo O''Neil'\n" +
        "tags: [transport, local, \"city hall\"]\n" +
        "source: https://example.org/harbour\n" +
        "language: en-GB\n" +
        "draft: yes\n" +
        "desk: Metro\n" +
        "---\n" +
        "\n" +
        "First paragraph.\n";

    [Fact]
    public void Front_matter_values_come_out_typed_and_unknown_keys_are_kept()
    {
        var doc = ArticleParser.Parse("a.md", FullFrontMatter);

        Assert.Empty(doc.Diagnostics);
        var f = doc.FrontMatter;
        Assert.Equal("Harbour: a new bridge", f.Title);
        Assert.Equal("The council approved it on Monday.", f.Standfirst);
        Assert.Equal("harbour-bridge", f.Slug);
        Assert.Equal(new DateValue(2024, 5, 1), f.Date);
        Assert.Equal(new[] { "Ann Lee", "Bo O'Neil" }, f.Authors);
        Assert.Equal(new[] { "transport", "local", "city hall" }, f.Tags);
        Assert.Equal("https://example.org/harbour", f.Source);
        Assert.Equal("en-GB", f.Language);
        Assert.True(f.Draft);
        Assert.Equal(new[] { new MetadataEntry("desk", "Metro") }, f.Extra);
        Assert.Equal("Harbour: a new bridge", doc.Title.Text);
        Assert.Equal("The council approved it on Monday.", doc.Standfirst!.Text);
        Assert.Equal((2, 1), doc.Title.Locate(0));
        Assert.Equal((3, 1), doc.Standfirst.Locate(0));
        Assert.Equal((16, 1), doc.Paragraphs.Single().Locate(0));
    }

    [Fact]
    public void Comma_separated_tags_and_a_single_author_scalar_are_lists()
    {
        var doc = ArticleParser.Parse("a.md", "---\ntitle: T\ntags: one, two ,three\nauthor: Ann Lee, PhD\n---\nBody.\n");

        Assert.Equal(new[] { "one", "two", "three" }, doc.FrontMatter.Tags);
        Assert.Equal(new[] { "Ann Lee, PhD" }, doc.FrontMatter.Authors);
    }

    [Fact]
    public void A_date_with_a_time_keeps_the_date()
    {
        var doc = ArticleParser.Parse("a.md", "---\ntitle: T\ndate: 2023-12-31T23:59:00Z\n---\nBody.\n");

        Assert.Empty(doc.Diagnostics);
        Assert.Equal(new DateValue(2023, 12, 31), doc.FrontMatter.Date);
    }

    [Theory]
    [InlineData("date: 2024-02-30", 3, 7)]
    [InlineData("date:    31/12/2024", 3, 10)]
    [InlineData("draft: sometimes", 3, 8)]
    public void A_malformed_value_is_located_at_its_value_and_the_article_still_parses(string line, int expectedLine, int expectedColumn)
    {
        var doc = ArticleParser.Parse("a.md", "---\r\ntitle: T\r\n" + line + "\r\n---\r\nBody.\r\n");

        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal(DiagnosticIds.InvalidFrontMatterValue, d.Id);
        Assert.Equal(DiagnosticSeverityKind.Warning, d.Severity);
        Assert.Equal((expectedLine, expectedColumn), (d.Line, d.Column));
        Assert.False(doc.HasErrors);
        Assert.Equal("Body.", doc.Paragraphs.Single().Text);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_at_line_one_and_nothing_is_parsed()
    {
        var doc = ArticleParser.Parse("a.md", "---\ntitle: Never closed\n\nBody.\n");

        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal(DiagnosticIds.UnclosedFrontMatter, d.Id);
        Assert.Equal(DiagnosticSeverityKind.Error, d.Severity);
        Assert.Equal((1, 1, 3), (d.Line, d.Column, d.Length));
        Assert.True(doc.HasErrors);
        Assert.Empty(doc.Paragraphs);
    }

    [Fact]
    public void Front_matter_closed_with_dots_is_closed()
    {
        var doc = ArticleParser.Parse("a.md", "---\ntitle: Dots\n...\nBody.\n");

        Assert.Empty(doc.Diagnostics);
        Assert.Equal("Dots", doc.Title.Text);
        Assert.Equal("Body.", doc.Paragraphs.Single().Text);
    }

    [Fact]
    public void Without_front_matter_the_headline_is_the_first_heading_with_markup_stripped()
    {
        var doc = ArticleParser.Parse("a.md", "\n# Hello *world*\n\nFirst paragraph.\n\nSecond\nparagraph.\n");

        Assert.Empty(doc.Diagnostics);
        Assert.Equal("Hello world", doc.Title.Text);
        Assert.Equal((2, 3), doc.Title.Locate(0));
        Assert.Equal((2, 10), doc.Title.Locate(6));
        Assert.Null(doc.Standfirst);
        Assert.Equal(new[] { "First paragraph.", "Second paragraph." }, doc.Paragraphs.Select(p => p.Text));
        Assert.Equal((7, 1), doc.Paragraphs[1].Locate(7));
    }

    [Fact]
    public void A_second_level_heading_is_not_a_headline()
    {
        var doc = ArticleParser.Parse("a.md", "## Section\n\nBody.\n");

        Assert.Equal(DiagnosticIds.NoHeadline, Assert.Single(doc.Diagnostics).Id);
    }

    [Fact]
    public void Inline_markup_is_stripped_from_the_text_and_kept_in_the_source()
    {
        const string line = "Some **bold**, _em_, `code`, [link text](https://x.example/a_b) and ![alt](i.png), <b>tag</b> and \\*stars\\*.";
        var doc = ArticleParser.Parse("a.md", "# H\n\n" + line + "\n");

        var p = doc.Paragraphs.Single();
        Assert.Equal("Some bold, em, code, link text and alt, tag and *stars*.", p.Text);
        Assert.Equal(line, p.Source);
        foreach (var word in new[] { "bold", "em", "code", "link text", "alt", "tag", "stars", "*stars" })
        {
            int expectedColumn = word == "*stars" ? line.IndexOf("\\*stars") + 2 : line.IndexOf(word) + 1;
            Assert.Equal((3, expectedColumn), p.Locate(p.Text.IndexOf(word)));
        }
    }

    [Fact]
    public void Block_markers_are_not_part_of_the_text()
    {
        var doc = ArticleParser.Parse("a.md", "# H\n\n> Quoted words\n\n- Listed item\n\n12. Numbered item\n");

        Assert.Equal(new[] { "Quoted words", "Listed item", "Numbered item" }, doc.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { (3, 3), (5, 3), (7, 5) }, doc.Paragraphs.Select(p => p.Locate(0)));
    }

    [Fact]
    public void Every_kept_character_maps_back_to_the_same_character_in_the_file()
    {
        // Property: whatever mix of markup a paragraph holds, each character of the plain text that came from the
        // file (all but the spaces joining lines) is found at the line and column Locate gives.
        var markdown = Gen.String[Gen.Char["ab *_~`[]()!<>\\#-+.1\t\n"], 0, 80];
        markdown.Sample(body =>
        {
            string text = "# H\n\n" + body;
            var lines = text.Split('\n');
            var doc = ArticleParser.Parse("a.md", text);
            foreach (var block in doc.Blocks)
            {
                for (int i = 0; i < block.Text.Length; i++)
                {
                    var (line, column) = block.Locate(i);
                    string source = lines[line - 1];
                    if (column - 1 >= source.Length) { Assert.Equal(' ', block.Text[i]); continue; } // a joined line break
                    Assert.Equal(source[column - 1], block.Text[i]);
                }
            }
        }, iter: 3000);
    }
}
