using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>Decides an entity's kind: what the user declared, else the gazetteer, else the weight of the cues, else the shape of the name.</summary>
internal static class Typer
{
    public static EntityKind KindOf(KnownEntity? known, KindEvidence evidence, string[] words)
    {
        if (known is not null) return IsTeam(known, evidence) ? EntityKind.Organization : known.Kind;
        if (evidence.Best is { } best) return best;
        // No cue at all: two or three capitalised words are most often a person's name in news text; one word, an organisation.
        return words.Length >= 2 && words.Length <= 4 && LooksLikePersonalName(words) ? EntityKind.Person : EntityKind.Organization;
    }

    /// <summary>
    /// How much evidence, summed over its mentions, an entity no gazetteer or glossary knows needs to be reported as
    /// Other (a product, a work, an event, a facility). Below it — a figure in the name ("Figure 1", "Table 2")
    /// mentioned once, the tagger's hint, a faint cue — the name is more often a label, a heading or a mistyped
    /// person than a thing worth an entity. Chosen by cross-validation with gum-dev (issue 15: 2 / 4 / 7 / 11 gave
    /// gum-news 0.813 / 0.817 / 0.807 / 0.807, gum-train 0.691 / 0.693 / 0.690 / 0.689, own 0.931 / 0.932 / 0.917 / 0.917,
    /// gum-dev 0.737 / 0.745 / 0.748 / 0.748, against 0.805 / 0.688 / 0.932 / 0.732 without).
    /// </summary>
    public const int MinOtherEvidence = 4;

    /// <summary>An entity typed Other on less than <see cref="MinOtherEvidence"/>, with no known entry behind it.</summary>
    public static bool IsFaintThing(EntityGroup g) => g.Known is null && g.Kind == EntityKind.Other && g.Evidence.Other < MinOtherEvidence;

    /// <summary>A country the text shows playing as a national team (see <see cref="TeamCues"/>) more than as a place.</summary>
    private static bool IsTeam(KnownEntity known, KindEvidence evidence) =>
        known.Type == "Country" && evidence.Organization >= 3 && evidence.Organization > evidence.Place;

    private static bool LooksLikePersonalName(string[] words)
    {
        foreach (var w in words)
        {
            if (w.Length == 0 || char.IsDigit(w[0])) return false;
            if (!char.IsUpper(w[0]) && !Lexicon.NameParticles.Contains(w)) return false;
            if (w.Length > 1 && IsAllCaps(w)) return false;
        }
        return true;
    }

    private static bool IsAllCaps(string w)
    {
        int letters = 0;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }
}
