using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleData.Benchmarks.Corpus;

/// <summary>A generated article: the file name it would have in a project, its text and its word count.</summary>
public sealed record SyntheticArticle(string FileName, string Text, int Words);

/// <summary>
/// Writes realistic news articles from a fixed seed: a headline, a standfirst and 300–800 words of body with people,
/// places, organisations, numbers (per cent, money, counts, years, dates), quotes with attributions and hedged
/// predictions — the things extraction looks for. Every word list and template here was written for this file.
/// The same count and seed give the same articles, byte for byte, on every machine.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 5150;

    private static readonly string[] FirstNames =
    {
        "Amara", "Bjorn", "Carmen", "Dmitri", "Elena", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kavya", "Lucas",
        "Maren", "Nikolai", "Olufemi", "Paloma", "Quentin", "Rosa", "Sanjay", "Tamsin", "Ulrich", "Valeria", "Wen", "Yusuf",
    };

    private static readonly string[] LastNames =
    {
        "Achterberg", "Bellweather", "Castellano", "Draycott", "Eskildsen", "Fontaine", "Grisham", "Halloran", "Ivanova",
        "Jankowski", "Kettering", "Lindqvist", "Marchetti", "Nakamura", "Okonjo", "Pemberton", "Quayle", "Rasmussen",
        "Stavros", "Thorne", "Underhill", "Valdivia", "Whitcombe", "Zielinski",
    };

    private static readonly string[] Places =
    {
        "Aberdeen", "Bilbao", "Cork", "Dresden", "Eindhoven", "Faro", "Gdansk", "Hamburg", "Innsbruck", "Krakow",
        "Lyon", "Malmo", "Nantes", "Oslo", "Porto", "Rotterdam", "Salzburg", "Tampere", "Utrecht", "Valencia",
    };

    private static readonly string[] Countries =
    {
        "Norway", "Portugal", "Germany", "Poland", "Spain", "Ireland", "Finland", "the Netherlands", "Austria", "France",
    };

    private static readonly string[] Organisations =
    {
        "Halvorsen Energy", "Corvane Logistics", "the Meridian Institute", "Pellucid Bank", "Saltmarsh Holdings",
        "the Northern Rail Authority", "Brightwater Utilities", "Tessaly Pharmaceuticals", "the Coastal Fisheries Board",
        "Oakhurst Capital", "Vantor Systems", "the European Grid Council", "Lumen Aerospace", "Redfern Mining",
    };

    private static readonly string[] Roles =
    {
        "chief executive", "finance minister", "head of research", "spokeswoman", "spokesman", "mayor",
        "chief economist", "chair", "director of operations", "lead investigator",
    };

    private static readonly string[] Subjects =
    {
        "pipeline", "merger", "budget", "vaccine programme", "rail link", "wind farm", "trade agreement", "port expansion",
        "drought plan", "chip factory", "housing scheme", "bond issue", "fishing quota", "data centre",
    };

    private static readonly string[] Verbs = { "expand", "shrink", "recover", "stall", "double", "slow", "accelerate", "stabilise" };

    private static readonly string[] HeadlineVerbs = { "backs", "delays", "approves", "rethinks", "scraps", "funds", "defends", "expands" };

    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] QuoteOpenings =
    {
        "We have waited long enough for this", "Nobody should pretend this will be easy", "The numbers speak for themselves",
        "This is a decision for the next decade", "We will not cut corners on safety", "People deserve a clear answer",
        "It is too early to say whether it will work", "Our customers have been patient with us",
    };

    private static readonly string[] QuoteEndings =
    {
        "and we intend to deliver", "but the direction is right", "whatever the critics say", "and we said so from the start",
        "so we are taking our time", "and that is what we promised",
    };

    private static readonly string[] Fillers =
    {
        "The announcement came after months of negotiations between regional officials and private investors.",
        "Critics argue that the timetable leaves little room for public consultation.",
        "Local businesses have mostly welcomed the news, although some remain cautious.",
        "The plan still needs the approval of parliament before work can begin.",
        "Similar projects elsewhere in Europe have run over budget and behind schedule.",
        "Residents packed a town hall meeting on Tuesday evening to ask questions about the details.",
    };

    /// <summary>Generates <paramref name="count"/> articles; the same arguments always give the same articles.</summary>
    public static IReadOnlyList<SyntheticArticle> Generate(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var articles = new List<SyntheticArticle>(count);
        for (int i = 0; i < count; i++) articles.Add(Article(random, i));
        return articles;
    }

    /// <summary>The number of words of the first <paramref name="count"/> articles, as <see cref="SyntheticArticle.Words"/> counts them.</summary>
    public static long WordCount(int count)
    {
        long words = 0;
        foreach (var a in Generate(count)) words += a.Words;
        return words;
    }

    /// <summary>Whitespace-separated words of a text.</summary>
    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private static SyntheticArticle Article(Random random, int index)
    {
        var cast = new ArticleCast(random);
        string subject = Pick(random, Subjects);
        string headline = $"{cast.Organisation} {Pick(random, HeadlineVerbs)} {subject} in {cast.Place}";
        string standfirst = $"The {subject} would cost {Money(random)} and create {random.Next(40, 2400)} jobs, officials said, though {cast.Rival} has raised objections.";

        int target = random.Next(300, 801);
        var body = new StringBuilder(target * 7);
        int words = CountWords(headline) + CountWords(standfirst);
        while (words < target)
        {
            var paragraph = new StringBuilder();
            int sentences = random.Next(2, 5);
            for (int s = 0; s < sentences; s++)
            {
                if (paragraph.Length > 0) paragraph.Append(' ');
                paragraph.Append(Sentence(random, cast, subject));
            }
            string text = paragraph.ToString();
            body.Append(text).Append('\n');
            words += CountWords(text);
        }

        string slug = $"{index:D5}-{cast.Place}-{subject}".ToLowerInvariant().Replace(' ', '-');
        string file = headline + "\n" + standfirst + "\n\n" + body;
        return new SyntheticArticle(slug + ".txt", file, words);
    }

    private static string Sentence(Random random, ArticleCast cast, string subject)
    {
        var person = cast.Person(random);
        switch (random.Next(10))
        {
            case 0:
                return $"{person.Name}, the {person.Role} of {cast.Organisation}, said the {subject} would {Pick(random, Verbs)} by {random.Next(2026, 2036)}.";
            case 1:
                return $"\"{Pick(random, QuoteOpenings)}, {Pick(random, QuoteEndings)},\" {person.Surname} said.";
            case 2:
                return $"Revenue rose {Percent(random)} per cent to {Money(random)} in the {Pick(random, new[] { "first", "second", "third", "fourth" })} quarter, according to {cast.Organisation}.";
            case 3:
                return $"{cast.Organisation} employs {Thousands(random.Next(120, 9000))} people in {cast.Place} and {Thousands(random.Next(1000, 40000))} across {cast.Country}.";
            case 4:
                return $"Analysts at {cast.Rival} estimate that the {subject} could {Pick(random, Verbs)} by {Percent(random)} per cent before {random.Next(2026, 2031)}.";
            case 5:
                return $"Officials in {cast.Place} said {random.Next(3, 900)} households had been affected since {Pick(random, Months)} {random.Next(1, 29)}.";
            case 6:
                return $"{person.Name} declined to comment on the {subject}, but a person familiar with the matter said it may be delayed until {Pick(random, Months)}.";
            case 7:
                return $"In {random.Next(1990, 2024)}, {cast.Rival} paid {Money(random)} for a {random.Next(5, 49)} per cent stake in {cast.Organisation}.";
            case 8:
                return $"\"{Pick(random, QuoteOpenings)},\" said {person.Name}, who has led {cast.Organisation} since {random.Next(2001, 2024)}.";
            default:
                return Pick(random, Fillers);
        }
    }

    private static string Money(Random random) =>
        random.Next(3) == 0 ? $"€{random.Next(2, 900)} million" : $"${random.Next(1, 95)}.{random.Next(1, 10)} billion";

    private static string Thousands(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(Random random) => $"{random.Next(1, 40)}.{random.Next(0, 10)}";

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    /// <summary>The people, places and organisations one article is about.</summary>
    private sealed class ArticleCast
    {
        private readonly List<(string Name, string Surname, string Role)> _people = new();

        public ArticleCast(Random random)
        {
            Place = Pick(random, Places);
            Country = Pick(random, Countries);
            Organisation = Pick(random, Organisations);
            do Rival = Pick(random, Organisations); while (Rival == Organisation);
            int people = random.Next(3, 7);
            for (int i = 0; i < people; i++)
            {
                string surname = Pick(random, LastNames);
                _people.Add(($"{Pick(random, FirstNames)} {surname}", surname, Pick(random, Roles)));
            }
        }

        public string Place { get; }
        public string Country { get; }
        public string Organisation { get; }
        public string Rival { get; }

        public (string Name, string Surname, string Role) Person(Random random) => _people[random.Next(_people.Count)];
    }
}
