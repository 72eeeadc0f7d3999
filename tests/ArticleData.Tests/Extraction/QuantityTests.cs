using System.Linq;
using Xunit;
using static ArticleData.Tests.Extraction.ClaimTestKit;

namespace ArticleData.Tests.Extraction;

using QuantityKind = ArticleData.Engine.Model.QuantityKind;

public class QuantityTests
{
    [Theory]
    [InlineData("Ministers approved a €2.4bn package on Friday.", "€2.4bn", QuantityKind.Money, 2.4e9, "EUR")]
    [InlineData("Brennan will pay a break fee of $3 million to Harwell.", "$3 million", QuantityKind.Money, 3e6, "USD")]
    [InlineData("Passengers paid 41 kroner too much for each crossing.", "41 kroner", QuantityKind.Money, 41, "DKK")]
    [InlineData("Shareholders will receive 410 pence a share.", "410 pence", QuantityKind.Money, 4.1, "GBP")]
    [InlineData("Shares in Harwell jumped 33 per cent in London.", "33 per cent", QuantityKind.Percentage, 33, "%")]
    [InlineData("Stock fell 6.5% in Stockholm on Tuesday.", "6.5%", QuantityKind.Percentage, 6.5, "%")]
    [InlineData("The deal would fund 1,200 additional officers for the agency.", "1,200 additional officers", QuantityKind.Count, 1200, "officers")]
    [InlineData("A CMA review could take up to nine months.", "nine months", QuantityKind.Duration, 9, "month")]
    [InlineData("The three-day drills ended on Sunday in Belarus.", "three-day", QuantityKind.Duration, 3, "day")]
    [InlineData("The text goes to a plenary vote on Jan. 12 in Strasbourg.", "Jan. 12", QuantityKind.Date, 112, "month-day")]
    [InlineData("The station will open in March 2028 at the coast.", "March 2028", QuantityKind.Date, 202803, "year-month")]
    [InlineData("Harwell was founded in 1987 by Margaret Harwell.", "1987", QuantityKind.Date, 1987, "year")]
    [InlineData("Repairs cost 4.2m pounds for the city.", "4.2m pounds", QuantityKind.Money, 4.2e6, "GBP")]
    [InlineData("About 4,500 volunteers registered on the first day.", "4,500 volunteers", QuantityKind.Count, 4500, "volunteers")]
    [InlineData("Nearly 2.5 million people live along the coast.", "2.5 million people", QuantityKind.Count, 2.5e6, "people")]
    public void Reads_typed_quantities(string sentence, string text, QuantityKind kind, double value, string unit)
    {
        var claim = Claim(Body(sentence), sentence.Substring(0, 15));
        var q = claim.Quantities.Single(x => x.Text == text);
        Assert.Equal(kind, q.Kind);
        Assert.Equal(value, q.Value!.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(text, claim.Text.Substring(q.Span.Offset - claim.Span.Offset, q.Span.Length));
    }

    [Fact]
    public void A_clock_time_is_not_a_count_of_its_abbreviation()
    {
        var claim = Claim(Body("The ferry leaves the pier at 9 a.m. on weekdays."), "The ferry");
        var q = Assert.Single(claim.Quantities);
        Assert.Equal("9", q.Text);
        Assert.Equal(QuantityKind.Number, q.Kind);
    }

    [Fact]
    public void Numbers_in_names_are_not_quantities()
    {
        var claim = Claim(Body("Central to the visit is the Power of Siberia 2 pipeline, which Vega 7 buyers ignore."), "Central to");
        Assert.Empty(claim.Quantities);
    }
}
