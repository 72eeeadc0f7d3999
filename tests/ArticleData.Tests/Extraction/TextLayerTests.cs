using System.Linq;
using ArticleData.Engine.Extraction.Text;
using Xunit;
using static ArticleData.Tests.Extraction.ClaimTestKit;

namespace ArticleData.Tests.Extraction;

/// <summary>The one token stream both extractors read: its sentences, quotation marks and the words the claim rules join again.</summary>
public class TextLayerTests
{
    [Fact]
    public void Sentences_are_ranges_of_the_block_s_tokens()
    {
        var text = new TokenText().Reset("Dr. Lind arrived at 9 a.m. on Monday. The U.S. team left on Tuesday.");
        var sentences = text.Sentences();
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Dr.", sentences[0].Tokens[0].Text);
        Assert.Equal(".", sentences[0].Tokens[sentences[0].Tokens.Count - 1].Text);
        Assert.Equal("The", sentences[1].Tokens[0].Text);
        Assert.Equal("U.S.", sentences[1].Tokens[1].Text);
        int tokens = sentences.Sum(s => s.Tokens.Count);
        Assert.Equal(text.Count, tokens);
    }

    [Fact]
    public void Tokens_know_whether_they_stand_in_quotation_marks()
    {
        var text = new TokenText().Reset("She said \u201Cwe will stay\u201D and left.");
        var sentence = text.Sentences().Single().Tokens;
        Assert.False(sentence[1].Quoted);
        Assert.True(sentence[3].Quoted);
        Assert.Equal("we", sentence[3].Text);
        Assert.False(sentence[sentence.Count - 2].Quoted);
    }

    [Fact]
    public void A_possessive_is_its_own_token_and_belongs_to_the_name_before_it()
    {
        var sentence = new TokenText().Reset("Corvane's chief executive resigned.").Sentences().Single().Tokens;
        Assert.Equal("Corvane", sentence[0].Text);
        Assert.True(sentence[0].IsPossessive);
        Assert.True(sentence[1].IsPossessiveMark);
        Assert.False(sentence[2].IsPossessiveMark);
    }

    [Fact]
    public void A_mail_address_on_its_own_line_is_one_word_not_a_claim()
    {
        var model = Body("Readers can write to the newsroom about the closure.\n\nContact: mara.vell@examplia.net");
        Assert.Contains(model.Claims, c => c.Text.StartsWith("Readers can write"));
        Assert.DoesNotContain(model.Claims, c => c.Text.Contains("examplia"));
    }
}
