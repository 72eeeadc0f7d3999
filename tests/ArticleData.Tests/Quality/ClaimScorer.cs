using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArticleData.Engine.Model;

namespace ArticleData.Tests.Quality;

using Certainty = ArticleData.Engine.Model.Certainty;

/// <summary>Claim counts over one or more articles, as ../shared/tools/score.py adds them up.</summary>
public sealed record ClaimScore(int Gold, int TruePositives, int FalsePositives, int AttributionRight, int AttributionCount, int HedgingRight, int HedgingCount)
{
    public static ClaimScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double Attribution => AttributionCount == 0 ? 0 : (double)AttributionRight / AttributionCount;
    public double Hedging => HedgingCount == 0 ? 0 : (double)HedgingRight / HedgingCount;

    public static ClaimScore operator +(ClaimScore a, ClaimScore b) => new(
        a.Gold + b.Gold, a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.AttributionRight + b.AttributionRight,
        a.AttributionCount + b.AttributionCount, a.HedgingRight + b.HedgingRight, a.HedgingCount + b.HedgingCount);

    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "claims P={0:0.000} R={1:0.000} F1={2:0.000} attribution={3:0.000} hedging={4:0.000} gold={5}", Precision, Recall, F1, Attribution, Hedging, Gold);
}

/// <summary>
/// The claim rules of ../shared/tools/score.py, ported one to one: a predicted claim matches a gold claim when its
/// normalised text contains the gold key; each gold claim is scored once, by the first prediction that matches it;
/// attribution is right when both are null or the sources are the same (equal, or the same last word); where the gold
/// is partial, unmatched predictions cost nothing.
/// </summary>
public static class ClaimScorer
{
    public static ClaimScore Score(IReadOnlyList<GoldClaim> gold, IEnumerable<ClaimInfo> predicted, bool partial, List<string>? notes = null)
    {
        var keys = gold.Select(c => (Key: Norm(c.Key), Claim: c)).ToList();
        var found = new HashSet<int>();
        int fp = 0, attrOk = 0, attrN = 0, hedgeOk = 0, hedgeN = 0;
        foreach (var p in predicted)
        {
            string t = Norm(p.Text);
            var hits = Enumerable.Range(0, keys.Count).Where(i => keys[i].Key.Length > 0 && t.Contains(keys[i].Key, StringComparison.Ordinal)).ToList();
            if (hits.Count == 0)
            {
                if (!partial) { fp++; notes?.Add("false: " + p.Text); }
                continue;
            }
            foreach (int i in hits)
            {
                if (!found.Add(i)) continue;
                var c = keys[i].Claim;
                if (c.Optional) continue;
                string? ga = c.Attribution, pa = p.Attribution?.Source;
                attrN++;
                if ((string.IsNullOrEmpty(ga) && string.IsNullOrEmpty(pa)) || (!string.IsNullOrEmpty(ga) && SameSource(new[] { ga! }.Concat(c.AttributionAliases), pa)))
                {
                    attrOk++;
                }
                else notes?.Add($"attribution: gold {ga ?? "null"}, got {pa ?? "null"}: {p.Text}");
                if (c.Hedged is { } hedged)
                {
                    hedgeN++;
                    if (hedged == (p.Certainty == Certainty.Hedged)) hedgeOk++;
                    else notes?.Add($"hedging: gold {hedged}: {p.Text}");
                }
            }
        }
        var core = Enumerable.Range(0, keys.Count).Where(i => !keys[i].Claim.Optional).ToList();
        foreach (int i in core.Where(i => !found.Contains(i))) notes?.Add("missed: " + keys[i].Claim.Key);
        return new ClaimScore(core.Count, core.Count(found.Contains), fp, attrOk, attrN, hedgeOk, hedgeN);
    }

    public static bool SameSource(IEnumerable<string> goldNames, string? predicted)
    {
        if (string.IsNullOrEmpty(predicted)) return false;
        var pw = Words(predicted!);
        foreach (var g in goldNames)
        {
            var gw = Words(g);
            if (Norm(g) == Norm(predicted!) || (gw.Length > 0 && pw.Length > 0 && gw[gw.Length - 1] == pw[pw.Length - 1])) return true;
        }
        return false;
    }

    private static string[] Words(string s) => Norm(s).Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>score.py's norm(): NFC, curly single quotes straightened, leading "the" and a trailing possessive dropped, dots removed, whitespace collapsed, lower case.</summary>
    public static string Norm(string? s)
    {
        s = (s ?? "").Normalize(NormalizationForm.FormC).Replace('\u2019', '\'').Replace('\u2018', '\'');
        s = Regex.Replace(s.Trim(), @"^(the|The)\s+", "");
        s = Regex.Replace(s, @"('s|')$", "");
        s = s.Replace(".", "").Replace('\u00a0', ' ');
        return Regex.Replace(s, @"\s+", " ").Trim().ToLowerInvariant();
    }
}
