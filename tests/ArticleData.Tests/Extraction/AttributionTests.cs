using Xunit;
using static ArticleData.Tests.Extraction.ClaimTestKit;

namespace ArticleData.Tests.Extraction;

public class AttributionTests
{
    [Theory]
    [InlineData("Dana Keller, the chief executive of Brennan Freight, said the deal would close soon.", "Dana Keller", "said")]
    [InlineData("Oakmere Partners, which owns 9 per cent of Harwell, said it would back the offer.", "Oakmere Partners", "said")]
    [InlineData("Its chairman, Sir Edward Lisle, said the board backed the offer.", "Edward Lisle", "said")]
    [InlineData("\"It is a full price for a business,\" said Priya Raman, an analyst at Carrow & Finch.", "Priya Raman", "said")]
    [InlineData("Lumora sold 14 million phones last year, according to the research firm Canalyte.", "Canalyte", "according to")]
    [InlineData("The plant will open in 2026, according to Daejin's chief executive, Park Ji-hoon.", "Park Ji-hoon", "according to")]
    [InlineData("Reports indicate that other governments have placed orders.", "Reports", "indicate")]
    [InlineData("A person familiar with the matter said two bidders had approached the board.", "A person familiar with the matter", "said")]
    [InlineData("Analysts at Morgan Stanley estimate that the company could save $140 million.", "Analysts at Morgan Stanley", "estimate")]
    [InlineData("Rail minister Aled Pryce-Jones told MPs on Tuesday that digging would begin in 2028.", "Aled Pryce-Jones", "told")]
    [InlineData("The International Energy Agency (IEA) estimated that demand will fall.", "International Energy Agency", "estimated")]
    [InlineData("Reviewers who tested early units praised the camera.", "Reviewers", "praised")]
    [InlineData("Sen. Mark Tollefson of Missouri, who sits on the committee, said the case was clear.", "Mark Tollefson", "said")]
    [InlineData("Pointing to insurance terms, the organisers have not said whether the choir may still perform, but Ambassador Lena Ortiz says there were doubts.", "Lena Ortiz", "says")]
    [InlineData("Both the Lakeside Water Board and the Fenwick Fire Service have maintained that the reservoir is safe.", "Lakeside Water Board", "maintained")]
    [InlineData("The fare rose by a third, according to Norway's Transport Agency.", "Transport Agency", "according to")]
    [InlineData("Northland's Prime Minister Ana Ruiz said the vote would go ahead.", "Ana Ruiz", "said")]
    [InlineData("Port Authority chief Inspector Omar al-Rashid, speaking at a briefing, said the harbour would reopen.", "Omar al-Rashid", "said")]
    [InlineData("Rival forums such as Examplia.net have stated that the posts will stay up.", "Examplia.net", "stated")]
    [InlineData("The Dunmore Courier learned on Friday that, according to two council members, the depot is to be sold.", "Dunmore Courier", "learned")]
    [InlineData("\"The strikes will go on\", added Vestnik.", "Vestnik", "added")]
    [InlineData("Shares in the club fell after the decision, with one analyst writing that the board had lost its way.", "one analyst", "writing")]
    [InlineData("A senior officer, speaking on condition of anonymity, said the army was likely to send more tanks to the Baltic states within weeks.", "A senior officer", "said")]
    [InlineData("According to legend, Osric was born into a poor family and was taught by monks.", "legend", "according to")]
    [InlineData("Dr. J. R. Okafor, who leads the survey team, said the strain was new.", "J. R. Okafor", "said")]
    [InlineData("Its spokesman, the Rev. Alan Pryde, said the hall would stay open through the winter.", "Alan Pryde", "said")]
    [InlineData("The club's captain, Ines Moro, left the pitch limping and said the injury was minor.", "Ines Moro", "said")]
    [InlineData("A report by the county auditor found that the repairs had cost twice the estimate.", "the county auditor", "found")]
    [InlineData("\"Nobody asked the ferry crews,\" said the post by an anonymous writer on a harbour forum.", "an anonymous writer", "said")]
    [InlineData("\"The depot stays open until March,\" said a statement from the Kelby Rail Trust.", "Kelby Rail Trust", "said")]
    public void Finds_the_source_and_the_reporting_verb(string sentence, string source, string verb)
    {
        var attribution = Claim(Body(sentence), sentence.Substring(0, 20)).Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(source, attribution!.Source);
        Assert.Equal(verb, attribution.Verb);
    }

    [Theory]
    [InlineData("The bridge reopened to traffic on Monday after two years.")]
    [InlineData("The 27-year-old joined for a fee reported to be about £6 million.")]
    [InlineData("Harwell was founded in 1987 by Margaret Harwell as a single depot.")]
    [InlineData("The owner was charged with fraud, in what prosecutors described as a brazen scheme.")]
    [InlineData("The Commission has not said whether it will appeal the ruling.")]
    [InlineData("Pointing to insurance terms, the organisers have not said whether the choir may still perform.")]
    public void Leaves_the_article_s_own_assertions_unattributed(string sentence)
    {
        Assert.Null(Claim(Body(sentence), sentence.Substring(0, 20)).Attribution);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_speaker()
    {
        var model = Body("Dana Keller, the chief executive of Brennan Freight, said the deal was done. Tom Ridgeway, her predecessor, failed twice to buy a rival. She added that no jobs would go.");
        Assert.Equal("Dana Keller", Claim(model, "She added").Attribution!.Source);
        Assert.Equal("added", Claim(model, "She added").Attribution!.Verb);
    }

    [Fact]
    public void A_pronoun_prefers_the_person_introduced_in_the_latest_paragraph()
    {
        var model = Body("Mara Quinn, a second-year student, admitted she had skipped class to see the show.\n\nFor Tom Ellis, a lecturer in history, the show was a triumph. He said, \"It changed how I teach the period.\"");
        Assert.Equal("Tom Ellis", Claim(model, "changed how I teach").Attribution!.Source);
    }

    [Fact]
    public void A_misplaced_opening_quote_does_not_swallow_the_next_speaker()
    {
        var model = Body("Dr Ruth Kane added that the maps would be free for libraries,\" Any library can print them for its readers\". Readers could also order copies by post. Mayor Alan Shaw said he welcomed the plan.");
        Assert.Equal("Alan Shaw", Claim(model, "welcomed the plan").Attribution!.Source);
    }

    [Fact]
    public void Its_report_speaks_for_the_organisation_named_before()
    {
        var model = Body("Rheinholt AG will sell most of the gas to industry, according to its annual report.");
        Assert.Equal("Rheinholt AG", Claim(model, "sell most of the gas").Attribution!.Source);
    }

    [Fact]
    public void The_company_is_not_a_government_body_named_more_often()
    {
        var model = Body("The European Union fined Lumora Technologies on Monday. The European Union said the fine was final. The company said it would appeal.");
        Assert.Equal("Lumora Technologies", Claim(model, "would appeal").Attribution!.Source);
    }

    [Fact]
    public void The_alliance_resolves_to_the_intergovernmental_body()
    {
        var model = Body("NATO is sending 300 troops to the region. The move was agreed on Sunday, according to the alliance.");
        Assert.Equal("NATO", Claim(model, "agreed on Sunday").Attribution!.Source);
    }

    [Fact]
    public void A_short_name_resolves_to_the_full_name_met_before()
    {
        var model = Body("Brennan Freight Inc agreed to buy Harwell Logistics Ltd on Monday. The deal is expected to close next year, Brennan said.");
        Assert.Equal("Brennan Freight Inc", Claim(model, "expected to close").Attribution!.Source);
    }

    [Fact]
    public void The_company_resolves_to_the_organisation_named_before()
    {
        var model = Body("Lumora Technologies will delay its Vega 7 phone in Europe. The phone will go on sale in Japan on Oct. 3, the company said.");
        Assert.Equal("Lumora Technologies", Claim(model, "go on sale").Attribution!.Source);
    }

    [Fact]
    public void The_speaker_of_a_multi_sentence_quote_is_carried_to_all_its_sentences()
    {
        var model = Body("Shares rose 5 per cent on Monday. \"We have been looking at Harwell for three years. The timing was finally right,\" Keller said.");
        Assert.Equal("Keller", Claim(model, "looking at Harwell").Attribution!.Source);
        Assert.Equal("Keller", Claim(model, "timing was finally right").Attribution!.Source);
    }

    [Fact]
    public void A_quotation_that_follows_an_attributed_one_keeps_its_speaker()
    {
        var model = Body("\"It was a long night,\" said Ellen May, the manager.\n\n\"We will be back next season with a stronger squad.\"");
        Assert.Equal("Ellen May", Claim(model, "back next season").Attribution!.Source);
    }

    [Fact]
    public void A_quotation_running_over_paragraphs_keeps_the_speaker_who_opened_it()
    {
        var model = Body("Mara Quint, the harbour master, said on Monday: \u201CThe first part of the plan is done.\n\n"
            + "\u201CThe second part starts in May, and the ferries will stop for a month.\n\n"
            + "\u201CAfter that, the port reopens with two new berths.\u201D\n\nThe council approved the budget in March.");
        Assert.Equal("Mara Quint", Claim(model, "second part starts").Attribution!.Source);
        Assert.Equal("Mara Quint", Claim(model, "port reopens").Attribution!.Source);
        Assert.Null(Claim(model, "council approved").Attribution);
    }

    [Fact]
    public void A_quotation_running_over_paragraphs_takes_the_speaker_named_where_it_closes()
    {
        var model = Body("\u201CWe waited two winters for the new pier.\n\n"
            + "\u201CNow the boats can land in any weather,\u201D said Tomas Rell, who runs the ferry.");
        Assert.Equal("Tomas Rell", Claim(model, "two winters").Attribution!.Source);
    }

    [Fact]
    public void A_closed_quotation_does_not_lend_its_speaker_to_the_next_paragraph_s_quotation()
    {
        var model = Body("Mara Quint said: \u201CThe plan is done.\u201D\n\n\u201CThe bridge opens next year and the toll will stay,\u201D a notice on the gate reads.");
        Assert.NotEqual("Mara Quint", Claim(model, "bridge opens").Attribution?.Source);
    }

    [Theory]
    [InlineData("The Harbour Gazette interviews ferry captain Tomas Rell about the new pier")]
    [InlineData("Tomas Rell, ferry captain, interviewed by Mara Quint of the Harbour Gazette")]
    [InlineData("Tomas Rell: an interview about the new pier")]
    public void In_an_interview_I_outside_quotes_is_the_interviewee(string headline)
    {
        var model = Extract(headline + "\n\nFerry captain Tomas Rell, 54, has sailed the island route for twenty years. Reporter Mara Quint asked the questions.\n\nI think the new pier will change the island within a year.\n");
        var attribution = Claim(model, "new pier will change").Attribution;
        Assert.Equal("Tomas Rell", attribution!.Source);
        Assert.Equal("think", attribution.Verb);
    }

    [Fact]
    public void Outside_an_interview_I_names_no_source()
    {
        var model = Extract("Ferry captain Tomas Rell welcomes the new pier\n\nFerry captain Tomas Rell, 54, has sailed the island route for twenty years.\n\nI think the new pier will change the island within a year.\n");
        Assert.Null(Claim(model, "new pier will change").Attribution);
    }

    [Fact]
    public void A_titled_speaker_is_the_entity_the_name_extractor_found()
    {
        var model = Body("Superintendent Karin Volk said the boiler room at Lyle Street School flooded overnight. Volk closed the school until Friday.");
        var attribution = Claim(model, "boiler room").Attribution!;
        Assert.Equal("Karin Volk", attribution.Source);
        Assert.NotNull(attribution.Entity);
        Assert.Equal("Karin Volk", model.Entities[attribution.Entity!.Value].Name);
    }

    [Fact]
    public void A_pronoun_subject_after_an_opening_phrase_is_the_source_not_the_phrase()
    {
        const string text = "Osric Vane grew up by the coast. Early in life he denied that the estate was his.";
        var attribution = Claim(Body(text), "Early in life").Attribution;
        Assert.NotNull(attribution);
        Assert.Equal("Osric Vane", attribution!.Source);
        Assert.Equal("denied", attribution.Verb);
    }
}
