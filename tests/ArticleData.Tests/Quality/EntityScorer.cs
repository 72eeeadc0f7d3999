using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArticleData.Engine.Model;

namespace ArticleData.Tests.Quality;

/// <summary>A predicted entity as the scorer reads it (the inspect JSON's name, kind, aliases and mention texts).</summary>
public sealed record PredictedEntity(string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Mentions)
{
    public static PredictedEntity From(EntityInfo e) =>
        new(e.Name, e.Kind.ToString(), e.Aliases.ToList(), e.Mentions.Select(m => m.Text).ToList());
}

/// <summary>Counts of one scoring run; add them up over articles. Per-kind counts extend score.py for the per-kind report.</summary>
public sealed class EntityScore
{
    public int Gold, Tp, Fp, TpAny, FpAny;
    public Dictionary<string, int> GoldByKind { get; } = new();
    public Dictionary<string, int> TpByKind { get; } = new();
    public Dictionary<string, int> FpByKind { get; } = new();
    public List<string> Missed { get; } = new();
    public List<string> False { get; } = new();
    public List<string> Unmerged { get; } = new();

    public void Add(EntityScore other)
    {
        Gold += other.Gold; Tp += other.Tp; Fp += other.Fp; TpAny += other.TpAny; FpAny += other.FpAny;
        foreach (var (k, v) in other.GoldByKind) GoldByKind[k] = GoldByKind.GetValueOrDefault(k) + v;
        foreach (var (k, v) in other.TpByKind) TpByKind[k] = TpByKind.GetValueOrDefault(k) + v;
        foreach (var (k, v) in other.FpByKind) FpByKind[k] = FpByKind.GetValueOrDefault(k) + v;
        Missed.AddRange(other.Missed); False.AddRange(other.False); Unmerged.AddRange(other.Unmerged);
    }

    public (double P, double R, double F1) Typed => Prf(Tp, Fp, Gold);

    public (double P, double R, double F1) Untyped => Prf(TpAny, FpAny, Gold);

    public (double P, double R, double F1) OfKind(string kind) =>
        Prf(TpByKind.GetValueOrDefault(kind), FpByKind.GetValueOrDefault(kind), GoldByKind.GetValueOrDefault(kind));

    /// <summary>prf() of score.py.</summary>
    public static (double P, double R, double F1) Prf(int tp, int fp, int gold)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        double r = gold > 0 ? (double)tp / gold : 0.0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }

    public string Report()
    {
        var b = new StringBuilder();
        var (p, r, f) = Typed;
        b.AppendLine($"entities typed P={p:F3} R={r:F3} F1={f:F3} | untyped F1={Untyped.F1:F3} | gold={Gold}");
        foreach (var kind in new[] { "Person", "Place", "Organization", "Other" })
        {
            var (kp, kr, kf) = OfKind(kind);
            b.AppendLine($"  {kind,-12} P={kp:F3} R={kr:F3} F1={kf:F3} (gold {GoldByKind.GetValueOrDefault(kind)}, tp {TpByKind.GetValueOrDefault(kind)}, fp {FpByKind.GetValueOrDefault(kind)})");
        }
        return b.ToString();
    }
}

/// <summary>
/// The entity rules of ../shared/tools/score.py, ported line for line: a gold entity is found when a predicted entity
/// names it (name, alias or mention text; exactly, or as a contiguous run of words either way for names of two or more
/// words) with the same kind (a predicted Other may find a gold Place); a predicted entity naming no gold entity, or one
/// already found (an alias left unmerged), is a false positive; optional gold entities count neither way; a predicted
/// Place met only through demonyms costs nothing.
/// </summary>
public static class EntityScorer
{
    private static readonly Regex Demonym = new("^[A-Z][a-z]+(an|ian|ese|ish|i|ic|ch|sh)s?$", RegexOptions.CultureInvariant);
    private static readonly Regex LeadingThe = new(@"^(the|The)\s+", RegexOptions.CultureInvariant);
    private static readonly Regex TrailingPossessive = new("('s|')$", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    public static string Norm(string? s)
    {
        s = (s ?? "").Normalize(NormalizationForm.FormC).Replace('\u2019', '\'').Replace('\u2018', '\'');
        s = LeadingThe.Replace(s.Trim(), "", 1);
        s = TrailingPossessive.Replace(s, "", 1);
        s = s.Replace(".", "").Replace('\u00a0', ' ');
        return Spaces.Replace(s, " ").Trim().ToLowerInvariant();
    }

    public static string KindOf(string? kind) => (kind ?? "").ToLowerInvariant() switch
    {
        "person" => "Person",
        "place" or "location" or "country" or "city" or "region" or "gpe" or "loc" or "state" or "continent" => "Place",
        "organization" or "organisation" or "org" or "company" or "agency" or "party" or "team" => "Organization",
        _ => "Other",
    };

    private static HashSet<string> Surfaces(PredictedEntity p)
    {
        var all = new HashSet<string>(StringComparer.Ordinal) { p.Name };
        foreach (var a in p.Aliases) all.Add(a);
        foreach (var m in p.Mentions) all.Add(m);
        all.RemoveWhere(x => string.IsNullOrWhiteSpace(x));
        return all;
    }

    /// <summary>a is a contiguous run of words of b.</summary>
    private static bool Sub(string[] a, string[] b)
    {
        int n = a.Length;
        if (n == 0) return false;
        for (int i = 0; i + n <= b.Length; i++)
        {
            bool same = true;
            for (int k = 0; k < n && same; k++) same = a[k] == b[i + k];
            if (same) return true;
        }
        return false;
    }

    private static string[] Words(string normed) => normed.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static EntityScore Score(IReadOnlyList<GoldEntity> gold, IReadOnlyList<PredictedEntity> predicted)
    {
        var gsurf = gold.Select(g => new HashSet<string>(new[] { g.Name }.Concat(g.Aliases).Select(Norm), StringComparer.Ordinal)).ToList();
        var allsurf = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < gsurf.Count; i++)
            foreach (var s in gsurf[i])
            {
                if (!allsurf.TryGetValue(s, out var set)) allsurf[s] = set = new SortedSet<int>();
                set.Add(i);
            }

        List<int> Candidates(PredictedEntity p)
        {
            var exact = new List<int>();
            var loose = new List<int>();
            // Python iterates a set; the order of candidates only matters for ties, as in score.py.
            foreach (var s in Surfaces(p))
            {
                string n = Norm(s);
                if (n.Length == 0) continue;
                if (allsurf.TryGetValue(n, out var hits)) { exact.AddRange(hits); continue; }
                var w = Words(n);
                for (int i = 0; i < gsurf.Count; i++)
                {
                    if (gsurf[i].Any(x => Sub(w, Words(x)) || (Words(x).Length >= 2 && Sub(Words(x), w)))) loose.Add(i);
                }
            }
            var seen = new HashSet<int>();
            var result = new List<int>();
            foreach (var i in exact.Concat(loose)) if (seen.Add(i)) result.Add(i);
            return result;
        }

        var score = new EntityScore();
        var foundTyped = new HashSet<int>();
        var foundAny = new HashSet<int>();
        foreach (var p in predicted)
        {
            var cands = Candidates(p);
            string pk = KindOf(p.Kind);
            if (cands.Count == 0)
            {
                string nameNorm = Norm(p.Name);
                var others = Surfaces(p).Where(x => Norm(x) != nameNorm).ToList();
                if (pk == "Place" && others.All(x => Demonym.IsMatch(x.Trim())) && others.Count > 0) continue; // a country met only through its demonym
                score.Fp++; score.FpAny++; Bump(score.FpByKind, pk); score.False.Add($"{p.Name} ({pk})");
                continue;
            }
            if (cands.All(i => gold[i].Optional)) continue;
            cands = cands.Where(i => !gold[i].Optional).ToList();
            var typed = cands.Where(i => gold[i].Kind == pk || (gold[i].Kind == "Place" && pk == "Other")).ToList();
            var free = typed.Where(i => !foundTyped.Contains(i)).ToList();
            if (free.Count > 0)
            {
                foundTyped.Add(free[0]); foundAny.Add(free[0]);
                Bump(score.TpByKind, gold[free[0]].Kind);
            }
            else
            {
                var freeAny = cands.Where(i => !foundAny.Contains(i)).ToList();
                score.Fp++; Bump(score.FpByKind, pk);
                if (freeAny.Count > 0)
                {
                    foundAny.Add(freeAny[0]);
                    score.False.Add($"{p.Name} ({pk}, kind wrong: {gold[freeAny[0]].Kind})");
                }
                else
                {
                    score.FpAny++;
                    score.Unmerged.Add($"{p.Name} ({pk})");
                }
            }
        }
        var core = Enumerable.Range(0, gold.Count).Where(i => !gold[i].Optional).ToList();
        foreach (var i in core)
        {
            Bump(score.GoldByKind, gold[i].Kind);
            if (!foundTyped.Contains(i)) score.Missed.Add($"{gold[i].Name} ({gold[i].Kind})");
        }
        score.Gold = core.Count;
        score.Tp = foundTyped.Count;
        score.TpAny = foundAny.Count;
        return score;
    }

    private static void Bump(Dictionary<string, int> counts, string kind) => counts[kind] = counts.GetValueOrDefault(kind) + 1;
}
