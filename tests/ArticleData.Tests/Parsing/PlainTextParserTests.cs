using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using Xunit;

namespace ArticleData.Tests.Parsing;

public class PlainTextParserTests
{
    [Fact]
    public void Line_two_is_the_standfirst_and_each_body_line_a_paragraph()
    {
        var doc = ArticleParser.Parse("a.txt", "Headline here\nThe standfirst.\n\nFirst paragraph.\nSecond paragraph.\n");

        Assert.Empty(doc.Diagnostics);
        Assert.Equal(ArticleFormat.PlainText, doc.Format);
        Assert.Equal("Headline here", doc.Title.Text);
        Assert.Equal("The standfirst.", doc.Standfirst!.Text);
        Assert.Equal(new[] { "First paragraph.", "Second paragraph." }, doc.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { (4, 1), (5, 1) }, doc.Paragraphs.Select(p => p.Locate(0)));
        Assert.Equal(new[] { 0, 1 }, doc.Paragraphs.Select(p => p.Index));
        Assert.Equal((2, 5), doc.Standfirst.Locate(4));
    }

    [Fact]
    public void An_empty_line_two_means_no_standfirst()
    {
        var doc = ArticleParser.Parse("a.txt", "Headline\n\nOnly paragraph.\nAnother.\n");

        Assert.Null(doc.Standfirst);
        Assert.Equal(new[] { "Only paragraph.", "Another." }, doc.Paragraphs.Select(p => p.Text));
        Assert.Equal((3, 1), doc.Paragraphs[0].Locate(0));
    }

    [Fact]
    public void A_body_with_blank_lines_has_paragraphs_separated_by_them_and_joins_their_lines()
    {
        var doc = ArticleParser.Parse("a.txt", "Headline\n\nFirst line of one\nsecond line of one.\n\n\nParagraph two.\n");

        Assert.Equal(new[] { "First line of one second line of one.", "Paragraph two." }, doc.Paragraphs.Select(p => p.Text));
        var first = doc.Paragraphs[0];
        Assert.Equal((4, 1), first.Locate(first.Text.IndexOf("second")));
        Assert.Equal((3, 15), first.Locate(first.Text.IndexOf("one")));
        Assert.Equal("First line of one\nsecond line of one.", first.Source);
        Assert.Equal((7, 1), doc.Paragraphs[1].Locate(0));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LF_CRLF_and_CR_read_the_same(string newline)
    {
        string text = string.Join(newline, "Headline", "Standfirst", "", "One.", "Two.", "");

        var doc = ArticleParser.Parse("a.txt", text);

        Assert.Empty(doc.Diagnostics);
        Assert.Equal("Headline", doc.Title.Text);
        Assert.Equal("Standfirst", doc.Standfirst!.Text);
        Assert.Equal(new[] { "One.", "Two." }, doc.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { (4, 1), (5, 1) }, doc.Paragraphs.Select(p => p.Locate(0)));
    }

    [Fact]
    public void Mixed_line_endings_count_each_break_once()
    {
        var doc = ArticleParser.Parse("a.txt", "Headline\r\n\rOne.\nTwo.\r\nThree.");

        Assert.Equal(new[] { "One.", "Two.", "Three." }, doc.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { 3, 4, 5 }, doc.Paragraphs.Select(p => p.Locate(0).Line));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_headline_and_does_not_shift_columns()
    {
        var doc = ArticleParser.Parse("a.txt", "\uFEFFHeadline\n\nBody.\n");

        Assert.Equal("Headline", doc.Title.Text);
        Assert.Equal((1, 1), doc.Title.Locate(0));
    }

    [Fact]
    public void Surrounding_whitespace_is_trimmed_and_columns_point_at_the_kept_text()
    {
        var doc = ArticleParser.Parse("a.txt", "  Headline  \n\n\t Indented body. \n");

        Assert.Equal("Headline", doc.Title.Text);
        Assert.Equal((1, 3), doc.Title.Locate(0));
        Assert.Equal("Indented body.", doc.Paragraphs[0].Text);
        Assert.Equal((3, 3), doc.Paragraphs[0].Locate(0));
        Assert.Equal((3, 12), doc.Paragraphs[0].Locate(9));
    }

    [Fact]
    public void A_headline_alone_is_an_article_without_body()
    {
        var doc = ArticleParser.Parse("a.txt", "Just a headline");

        Assert.Empty(doc.Diagnostics);
        Assert.Equal("Just a headline", doc.Title.Text);
        Assert.Null(doc.Standfirst);
        Assert.Empty(doc.Paragraphs);
    }

    [Fact]
    public void Text_files_keep_markup_characters_as_written()
    {
        var doc = ArticleParser.Parse("a.txt", "*Not* emphasis\n\nA [bracket](x) and `tick`.\n");

        Assert.Equal("*Not* emphasis", doc.Title.Text);
        Assert.Equal("A [bracket](x) and `tick`.", doc.Paragraphs[0].Text);
    }

    [Fact]
    public void A_txt_extension_in_any_case_is_plain_text_and_md_or_markdown_is_Markdown()
    {
        Assert.Equal(ArticleFormat.PlainText, ArticleParser.FormatOf("dir/a.TXT"));
        Assert.Equal(ArticleFormat.Markdown, ArticleParser.FormatOf("dir/a.MD"));
        Assert.Equal(ArticleFormat.Markdown, ArticleParser.FormatOf("a.markdown"));
    }
}
