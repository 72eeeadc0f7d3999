using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Extraction.Entities;
using ArticleData.Engine.Extraction.Entities.Tagging;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using Xunit;

namespace ArticleData.Tests.Extraction.Tagging;

/// <summary>The shipped name tagger: it loads, reads names as names, decodes valid BIO, and gives the same answer every time.</summary>
public class NameTaggerTests
{
    private static List<(string Word, byte Tag)> Tag(string text)
    {
        var t = new TokenText().Reset(text);
        var texts = new List<TokenText> { new TokenText().Reset(""), t };
        var tagger = NameTagger.For(TaggerModel.Default!, Gazetteer.Default, GlossaryIndex.Empty, new WordSet(texts), texts);
        var tags = new byte[t.Count];
        tagger.Tag(t, false, tags);
        return Enumerable.Range(0, t.Count).Select(i => (t.Word(i), tags[i])).ToList();
    }

    [Fact]
    public void The_shipped_model_loads_once_with_its_table()
    {
        var model = TaggerModel.Default;
        Assert.NotNull(model);
        Assert.Same(model, TaggerModel.Default);
        Assert.Equal(18, model!.Bits);
        Assert.Equal((1 << 18) * NameTags.Count, model.Rows.Length);
        Assert.Contains(model.Rows, w => w != 0);
    }

    [Fact]
    public void Weights_written_and_read_back_are_the_same_bytes()
    {
        var model = TaggerModel.Default!;
        var first = new MemoryStream();
        model.Write(first);
        var again = new MemoryStream();
        TaggerModel.Read(new MemoryStream(first.ToArray())).Write(again);
        Assert.Equal(first.ToArray(), again.ToArray());
    }

    [Fact]
    public void A_name_of_two_unknown_words_before_a_reporting_verb_is_one_person()
    {
        // Names made up for this test: no gazetteer knows them, only context and shape say what they are.
        var tags = Tag("The plan was approved on Tuesday, Tamsin Okoro-Blake said in a statement.");
        int at = tags.FindIndex(x => x.Word == "Tamsin");
        Assert.Equal(NameTags.Begin(Engine.Model.EntityKind.Person), tags[at].Tag);
        Assert.Equal(NameTags.Inside(Engine.Model.EntityKind.Person), tags[at + 1].Tag);
        Assert.All(tags.Where(x => x.Word is "plan" or "approved" or "statement" or "The"), x => Assert.Equal(NameTags.Outside, x.Tag));
    }

    [Fact]
    public void Tagging_the_same_text_twice_gives_the_same_tags()
    {
        string text = File.ReadAllText(Infrastructure.Repo.Path(Infrastructure.Repo.SeedFile)).Split('\n')[3];
        Assert.Equal(Tag(text), Tag(text));
    }

    [Fact]
    public void Decoding_never_puts_an_inside_tag_where_no_name_of_its_kind_goes_on()
    {
        // Any scores at all, however adversarial: BIO's rule holds in the answer.
        var random = new Random(15);
        const int n = 40, T = NameTags.Count;
        for (int round = 0; round < 200; round++)
        {
            var emissions = Enumerable.Range(0, n * T).Select(_ => (float)(random.NextDouble() * 20 - 10)).ToArray();
            var transitions = Enumerable.Range(0, (T + 1) * T).Select(_ => (float)(random.NextDouble() * 20 - 10)).ToArray();
            var tags = new byte[n];
            Viterbi.Decode(emissions, transitions, n, new float[n * T], new byte[n * T], tags);
            for (int i = 0; i < n; i++) Assert.True(NameTags.MayFollow(i == 0 ? NameTags.Outside : tags[i - 1], tags[i]), $"round {round}, token {i}");
        }
    }

    [Fact]
    public void Extraction_with_the_tagger_makes_a_lone_unknown_sentence_start_word_no_organisation()
    {
        // The rules alone kept such words as organisations; the tagger reads "Meanwhile"-like openers as no name.
        var document = ArticleParser.Parse("t.txt", "Harbour plan\n\nOverall, the Halvorsen Trust said the quay will reopen. Seldom has Brindlemoor seen such a crowd.\n");
        var entities = EntityExtractor.Extract(document, Glossary.Empty);
        Assert.DoesNotContain(entities, e => e.Name is "Overall" or "Seldom");
        Assert.Contains(entities, e => e.Name == "Halvorsen Trust" && e.Kind == Engine.Model.EntityKind.Organization);
    }

    [Theory]
    [InlineData("KELMA", null)]                   // an acronym the gazetteer does not know: no place on the hint alone
    [InlineData("Kelma", ArticleData.Engine.Model.EntityKind.Place)] // an ordinary unknown word takes the hint
    public void The_taggers_place_hint_does_not_type_an_unknown_acronym(string word, ArticleData.Engine.Model.EntityKind? expected)
    {
        var text = new TokenText().Reset($"The harm falls on {word} today.");
        int k = Enumerable.Range(0, text.Count).First(i => text.Word(i) == word);
        var tags = new byte[text.Count];
        tags[k] = NameTags.Begin(ArticleData.Engine.Model.EntityKind.Place);
        var candidate = new Candidate(0, text[k].Start, text[k].Length, word, new[] { word });
        TaggedCandidates.Apply(new List<Candidate> { candidate }, new List<TokenText> { text }, new List<byte[]> { tags }, TaggerUse.Hint);
        Assert.Equal(expected, candidate.Evidence.Best);
    }
}
