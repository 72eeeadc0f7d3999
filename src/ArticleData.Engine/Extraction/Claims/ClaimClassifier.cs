using System;
using System.Collections.Generic;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>
/// Decides whether a sentence is a claim and of what kind. Not claims: questions, sentence fragments, and opinion or
/// scene-setting with nothing to check (no number, no name, no attribution, an evaluative verb such as "highlights").
/// Kinds: Statement when attributed, Prediction when it speaks of the future, Quantity when it rests on a figure,
/// else Event.
/// </summary>
internal static class ClaimClassifier
{
    /// <summary>What makes an unattributed sentence a prediction ("expected to", "plans to" are not, on their own).</summary>
    private static readonly HashSet<string> FutureMarkers = WordLists.Folded("future-markers");

    /// <summary>Verbs of commentary: a sentence built on one, with nothing checkable in it, is the writer's reading, not a claim.</summary>
    internal static readonly HashSet<string> CommentaryVerbs = WordLists.Folded("commentary-verbs");

    internal static readonly HashSet<string> Evaluative = WordLists.Folded("evaluative");

    public static bool IsClaim(TokenRange tokens, bool attributed, bool hasQuantity)
    {
        int words = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            // "1,200" and "desk@examplia.net" are one word each, though several tokens
            if (tokens[i].IsWord ? !(i > 0 && tokens[i - 1].IsWordJoiner) : tokens[i].Kind == TokenKind.Number && !tokens[i].ContinuesNumber) words++;
        }
        if (words < 4) return false;
        if (IsQuestion(tokens)) return false;
        if (attributed || hasQuantity) return true;
        // commentary: "X highlights the complex interplay …", "the momentum remains ambiguous"
        bool commentary = false, evaluative = false;
        foreach (var t in tokens)
        {
            if (!t.IsWord || t.Quoted) continue;
            if ((t.Cues & WordCue.Commentary) != 0) commentary = true;
            if ((t.Cues & WordCue.Evaluative) != 0) evaluative = true;
        }
        return !(commentary && evaluative);
    }

    public static ClaimKind Kind(TokenRange tokens, bool attributed, EquatableArray<QuantityInfo> quantities)
    {
        if (attributed) return ClaimKind.Statement;
        foreach (var t in tokens)
        {
            if (t.IsWord && FutureMarkers.Contains(t.Text)) return ClaimKind.Prediction;
        }
        foreach (var q in quantities)
        {
            if (q.Kind == QuantityKind.Money || q.Kind == QuantityKind.Percentage || q.Kind == QuantityKind.Count) return ClaimKind.Quantity;
        }
        return ClaimKind.Event;
    }

    /// <summary>A question: it ends with a question mark (before any closing quotes or brackets) outside a quotation.</summary>
    private static bool IsQuestion(TokenRange tokens)
    {
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Punctuation) return false;
            if (t.Text[0] == '?') return !t.Quoted || tokens[0].Quoted;
            if (t.Text[0] == '.' || t.Text[0] == '!') return false;
        }
        return false;
    }
}
