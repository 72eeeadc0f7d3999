using ArticleData.Engine.Extraction.Claims;
using System;
using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Text;

/// <summary>What a word may signal to the claim rules, looked up once per word when it is tokenised.</summary>
[Flags]
internal enum WordCue : byte
{
    None = 0,
    /// <summary>One of <see cref="Lexicon.ReportingVerbs"/>: "said", "told", "estimated".</summary>
    ReportingVerb = 1,
    /// <summary>A word <see cref="CertaintyDetector"/> looks at further: "reportedly", "may", "appears".</summary>
    Hedge = 2,
    /// <summary>One of <see cref="ClaimClassifier.CommentaryVerbs"/>: "highlights", "reflects".</summary>
    Commentary = 4,
    /// <summary>One of <see cref="ClaimClassifier.Evaluative"/>: "complex", "remarkable".</summary>
    Evaluative = 8,
}

/// <summary>
/// One case-insensitive lookup per word instead of one per rule: the attribution, certainty and claim rules run over every
/// token of every sentence, several times, and most words are none of theirs.
/// </summary>
internal static class WordCues
{
    private static readonly Dictionary<string, WordCue> Cues = Build();

    public static WordCue Of(string word) => Cues.TryGetValue(word, out var cue) ? cue : WordCue.None;

    private static Dictionary<string, WordCue> Build()
    {
        var cues = new Dictionary<string, WordCue>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in Lexicon.ReportingVerbs) Add(cues, w, WordCue.ReportingVerb);
        foreach (var w in CertaintyDetector.Triggers) Add(cues, w, WordCue.Hedge);
        foreach (var w in ClaimClassifier.CommentaryVerbs) Add(cues, w, WordCue.Commentary);
        foreach (var w in ClaimClassifier.Evaluative) Add(cues, w, WordCue.Evaluative);
        return cues;
    }

    private static void Add(Dictionary<string, WordCue> cues, string word, WordCue cue)
    {
        cues.TryGetValue(word, out var had);
        cues[word] = had | cue;
    }
}
