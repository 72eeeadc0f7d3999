using System;
using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>
/// Finds the cue that hedges a sentence: reportedly, allegedly, appears to, seems, is expected to, could, may, might,
/// likely, probably, estimated and kin. Not hedges: "would" (future or reported speech), an attribution by itself,
/// "could not" / "could only" and "could see" (ability, not doubt), "as expected" / "than expected", "an estimate of",
/// a permitted choice under a condition ("may opt out … if they pay").
/// A cue inside a quotation hedges too: the speaker is unsure, and the claim is what the speaker says.
/// </summary>
internal static class CertaintyDetector
{
    private static readonly HashSet<string> Always = WordLists.Folded("hedge-words");

    private static readonly HashSet<string> Be = WordLists.Folded("hedge-be-words");

    private static readonly HashSet<string> AbilityAfterCould = WordLists.Folded("ability-after-could");

    private static readonly HashSet<string> Appear = WordLists.Folded("hedge-appear");

    /// <summary>Words before "estimate" that make it a noun ("an estimate"), not a hedge.</summary>
    private static readonly HashSet<string> Determiners = WordLists.Folded("estimate-determiners");

    /// <summary>"reported to be", "said to have": the verbs, and what may follow "to".</summary>
    private static readonly HashSet<string> ReportedVerbs = SaidTo();

    private static HashSet<string> SaidTo()
    {
        var verbs = WordLists.Folded("hedge-reported-verbs");
        verbs.UnionWith(WordLists.Tagged("reporting-verbs", "said-to"));
        return verbs;
    }

    private static readonly HashSet<string> ReportedStates = WordLists.Folded("hedge-reported-states");

    private static readonly HashSet<string> Conditions = WordLists.Folded("permission-conditions");

    /// <summary>Every word <see cref="Find"/> starts a test at; the tokenizer marks them (<see cref="WordCue.Hedge"/>).</summary>
    internal static IEnumerable<string> Triggers
    {
        get
        {
            foreach (var w in Always) yield return w;
            foreach (var w in Appear) yield return w;
            foreach (var w in ReportedVerbs) yield return w;
            foreach (var w in new[] { "may", "could", "expected", "estimate", "estimates" }) yield return w;
        }
    }

    /// <summary>The hedging cue of the sentence's tokens, or null when it is asserted.</summary>
    public static string? Find(TokenRange tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if ((t.Cues & WordCue.Hedge) == 0) continue;
            string w = t.Text;
            string? next = i + 1 < tokens.Count && tokens[i + 1].IsWord ? tokens[i + 1].Text : null;
            string? previous = i > 0 && tokens[i - 1].IsWord ? tokens[i - 1].Text : null;
            if (Always.Contains(w))
            {
                // "May" the month or name is capitalised mid-sentence; "likely" in "more likely than not" still hedges
                return Cue(tokens, i, i + 1);
            }
            if (w == "may" || (w == "May" && i == 0 && next is not null && char.IsLower(next[0]) && !Lexicon.IsMonth(next)))
            {
                if (IsPermission(tokens, i)) continue;
                return Cue(tokens, i, i + 1);
            }
            if (w.Equals("could", StringComparison.OrdinalIgnoreCase))
            {
                if (next is not null && (AbilityAfterCould.Contains(next) || next.EndsWith("n't", StringComparison.Ordinal))) continue;
                return Cue(tokens, i, i + 1);
            }
            if (Appear.Contains(w) && next is not null && (next.Equals("to", StringComparison.OrdinalIgnoreCase) || next.Equals("that", StringComparison.OrdinalIgnoreCase)))
            {
                return Cue(tokens, i, i + 2);
            }
            if (Is(w, "expected") && next is not null && next.Equals("to", StringComparison.OrdinalIgnoreCase) && previous is not null && Be.Contains(previous))
            {
                return Cue(tokens, i - 1, i + 2);
            }
            if ((Is(w, "estimate") || Is(w, "estimates")) && !(previous is not null && Determiners.Contains(previous)) && !(next is not null && Is(next, "of")))
            {
                return Cue(tokens, i, i + 1);
            }
            // "reported to be", "said to have", "believed to", "thought to"
            if (ReportedVerbs.Contains(w) && next is not null && next.Equals("to", StringComparison.OrdinalIgnoreCase)
                && i + 2 < tokens.Count && ReportedStates.Contains(tokens[i + 2].Text))
            {
                return Cue(tokens, i, i + 2);
            }
        }
        return null;
    }

    /// <summary>Choices someone is allowed to make: after "may" with a condition they grant a right, not doubt.</summary>
    private static readonly HashSet<string> ChoiceVerbs = WordLists.Folded("permission-choice-verbs");

    /// <summary>"countries may opt out … if they pay": a permitted choice under a condition ("if", "provided", "as long as", "unless").</summary>
    private static bool IsPermission(TokenRange tokens, int may)
    {
        if (may + 1 >= tokens.Count || !ChoiceVerbs.Contains(tokens[may + 1].Text)) return false;
        for (int i = may + 2; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (Conditions.Contains(t.Text) || (Is(t.Text, "as") && i + 2 < tokens.Count && Is(tokens[i + 1].Text, "long") && Is(tokens[i + 2].Text, "as"))) return true;
        }
        return false;
    }

    private static bool Is(string word, string option) => word.Equals(option, StringComparison.OrdinalIgnoreCase);

    private static string Cue(TokenRange tokens, int from, int to)
    {
        var parts = new List<string>();
        for (int i = from; i < to; i++) parts.Add(tokens[i].Text);
        return string.Join(" ", parts).ToLowerInvariant();
    }
}
