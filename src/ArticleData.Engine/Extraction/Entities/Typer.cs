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
