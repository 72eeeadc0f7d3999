using Xunit;
using static ArticleData.Tests.Extraction.ClaimTestKit;

namespace ArticleData.Tests.Extraction;

public class CertaintyTests
{
    [Theory]
    [InlineData("Enemy drones are reportedly striking infrastructure.", "reportedly")]
    [InlineData("The owner allegedly billed the program for drugs.", "allegedly")]
    [InlineData("The campaign appears to have stalled in the east.", "appears to")]
    [InlineData("The deal seems certain to pass next week.", "seems")]
    [InlineData("The deal is expected to close in the first quarter.", "is expected to")]
    [InlineData("Lawyers said a review could take up to nine months.", "could")]
    [InlineData("The company may build a second plant in Kenya.", "may")]
    [InlineData("The ban might be lifted before the final.", "might")]
    [InlineData("The outcome will likely serve as a key indicator.", "likely")]
    [InlineData("Poor forecasting is probably to blame for the gap.", "probably")]
    [InlineData("Kenya recorded an estimated 3.4 million cases last year.", "estimated")]
    [InlineData("\"Supply could become a real problem by April,\" Okafor said.", "could")]
    [InlineData("The old bridge may close if the rain continues.", "may")]
    public void Hedge_cues_hedge(string sentence, string cue)
    {
        Assert.Equal(cue, Claim(Body(sentence), sentence.Substring(0, 15)).HedgeCue);
    }

    [Theory]
    [InlineData("Mr Aas said the station would open in March 2028.")]
    [InlineData("Power of Siberia 2 would double Russia's gas exports to China.")]
    [InlineData("Reports indicate that Xi is not in a hurry to approve the pipeline.")]
    [InlineData("Mr Ridgeway could not be reached for comment on Monday.")]
    [InlineData("\"We could only afford 23 days of filming,\" she said.")]
    [InlineData("The bank left rates unchanged on Thursday, as expected.")]
    [InlineData("Turnout on the first day was higher than expected.")]
    [InlineData("It was catalogued with an estimate of £800 at the sale.")]
    [InlineData("Mr Whitcombe appears in court again on Feb. 3.")]
    [InlineData("Under the deal, members may opt out of the scheme if they pay a fee.")]
    public void Would_attribution_ability_and_comparisons_do_not_hedge(string sentence)
    {
        Assert.Null(Claim(Body(sentence), sentence.Substring(0, 15)).HedgeCue);
    }
}
