using System.Linq;
using ArticleData.Engine.Extraction.Text;
using Xunit;

namespace ArticleData.Tests.Extraction;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, new QuoteMap(text)).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in St. Louis. They talked.", 2)]
    [InlineData("Gen. Ortiz and Sen. Park met Gov. Lee. Nothing came of it.", 2)]
    [InlineData("The vote is on Jan. 12 in Strasbourg. It may pass.", 2)]
    [InlineData("He lives at No. 10 Downing Street. It is old.", 2)]
    [InlineData("Some features, e.g. the camera, will change. Others will not.", 2)]
    [InlineData("The author J. K. Rowling spoke. Fans cheered.", 2)]
    [InlineData("Inflation slowed to 2.4 per cent. Rates held.", 2)]
    [InlineData("Reviewers in the U.S. praised the phone. Sales rose.", 2)]
    [InlineData("Prices rose in the U.S. The Fed held rates.", 2)]
    [InlineData("U.S. President Trump left. Putin arrived.", 2)]
    [InlineData("He paused… Then he left.", 2)]
    [InlineData("He paused... then he left.", 1)]
    public void Splits_at_sentence_ends_only(string text, int count)
    {
        Assert.Equal(count, Split(text).Length);
    }

    [Fact]
    public void A_quote_spanning_sentences_is_split_and_its_closing_attribution_stays_with_its_sentence()
    {
        var s = Split("“We have the customers. What we need now is steel in the water,” he said. Shares rose.");
        Assert.Equal(new[] { "“We have the customers.", "What we need now is steel in the water,” he said.", "Shares rose." }, s);
    }

    [Fact]
    public void A_question_in_a_quote_followed_by_the_speaker_is_one_sentence()
    {
        Assert.Single(Split("\"Where is the money?\" she asked the minister."));
    }

    [Fact]
    public void Straight_quotes_close_after_the_stop()
    {
        var s = Split("\"It is a full price.\" Analysts agreed.");
        Assert.Equal(new[] { "\"It is a full price.\"", "Analysts agreed." }, s);
    }

    [Theory]
    [InlineData("SPRINGFIELD, Ill. — The bridge reopened on Monday.", "The bridge reopened on Monday.")]
    [InlineData("LONDON — Brennan agreed to buy Harwell.", "Brennan agreed to buy Harwell.")]
    [InlineData("HANOI, Vietnam — Daejin will invest $1.2 billion.", "Daejin will invest $1.2 billion.")]
    [InlineData("NATO jets were scrambled — twice.", "NATO jets were scrambled — twice.")]
    public void A_dateline_is_left_out_of_the_first_sentence(string text, string first)
    {
        Assert.Equal(first, Split(text)[0]);
    }
}
