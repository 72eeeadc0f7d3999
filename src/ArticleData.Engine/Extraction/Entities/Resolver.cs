using System;
using System.Collections.Generic;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// Turns candidates into entities: mentions with the same name (or the same gazetteer or glossary entry, so
/// "US", "U.S." and "United States" and the demonym "Russian") are one; then short forms join the long form used
/// elsewhere in the article — a surname its person, a first word its company, an acronym the name it abbreviates,
/// a bracketed alias the name before it. Candidates only a sentence start capitalised survive only by joining, and a
/// name typed Other on faint evidence is not reported (<see cref="Typer.IsFaintThing"/>).
/// </summary>
internal static class Resolver
{
    public static List<EntityGroup> Resolve(List<Candidate> candidates, GlossaryIndex glossary)
    {
        candidates.Sort((a, b) => a.Block != b.Block ? a.Block.CompareTo(b.Block) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var groups = Group(candidates, glossary);
        TakeSurnamesFromPlaces(groups);
        MergeShortForms(groups);

        var roots = new List<EntityGroup>();
        foreach (var g in groups)
        {
            if (g.MergedInto is not null) continue;
            roots.Add(g);
        }
        foreach (var g in groups)
        {
            if (g.MergedInto is null) continue;
            var root = g.Root;
            root.Mentions.AddRange(g.Mentions);
            root.Evidence.Add(g.Evidence);
        }
        foreach (var root in roots) root.Kind = Typer.KindOf(root.Known, root.Evidence, root.Words);
        var kept = new List<EntityGroup>(roots.Count);
        foreach (var root in roots)
        {
            root.Mentions.RemoveAll(NotMentionedInside);
            if (root.Mentions.Count == 0 || root.AllWeak || !HasLetter(root.Words) || Typer.IsFaintThing(root)) continue;
            root.Mentions.Sort((a, b) => a.Block != b.Block ? a.Block.CompareTo(b.Block) : a.Start.CompareTo(b.Start));
            kept.Add(root);
        }
        kept.Sort((a, b) => Position(a).CompareTo(Position(b)));
        return kept;
    }

    /// <summary>
    /// Whether a place found inside a longer name is no mention of it after all: not in a place's or a person's name
    /// ("Mexico City", "Georgia Brown"), nor after "of" in a thing's ("Power of Siberia 2"), only where it locates an
    /// organisation ("University of Leeds") or a thing ("Kazan Arena").
    /// </summary>
    private static bool NotMentionedInside(Candidate c)
    {
        if (c.NestedIn?.Group is not { } outer) return false;
        return outer.Root.Kind switch
        {
            EntityKind.Organization => false,
            EntityKind.Other => c.Start != c.NestedIn.Start,
            _ => true,
        };
    }

    /// <summary>A name has a letter somewhere: what a run's cues leave as only figures ("in 1998 and 2004") names nothing.</summary>
    private static bool HasLetter(string[] words)
    {
        foreach (var w in words) foreach (char ch in w) if (char.IsLetter(ch)) return true;
        return false;
    }

    private static (int, int) Position(EntityGroup g) => (g.Mentions[0].Block, g.Mentions[0].Start);

    private static List<EntityGroup> Group(List<Candidate> candidates, GlossaryIndex glossary)
    {
        var byKey = new Dictionary<string, EntityGroup>(StringComparer.Ordinal);
        var groups = new List<EntityGroup>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Key.Length == 0 || glossary.IsSuppressed(c.Key)) continue;
            if (c.Known is not null && glossary.IsSuppressed(c.Known.Key)) continue;
            string key = c.Known is not null ? c.Known.Key : c.Key;
            if (!byKey.TryGetValue(key, out var g))
            {
                g = new EntityGroup(key, i);
                byKey[key] = g;
                groups.Add(g);
            }
            g.Mentions.Add(c);
            c.Group = g;
            g.Evidence.Add(c.Evidence);
            if (c.Known is not null && (g.Known is null || c.Declared)) g.Known = c.Known;
            if (c.Words.Length > g.Words.Length && !c.IsDemonym) g.Words = c.Words;
        }
        foreach (var g in groups)
        {
            if (g.Words.Length == 0) g.Words = g.Mentions[0].Words;
            g.Kind = Typer.KindOf(g.Known, g.Evidence, g.Words);
        }
        return groups;
    }

    private static void MergeShortForms(List<EntityGroup> groups)
    {
        // Longer names are indexed by each of their words; a short form looks up the groups sharing its first word.
        var byWord = new Dictionary<string, List<EntityGroup>>(StringComparer.OrdinalIgnoreCase);
        var multiWord = new List<EntityGroup>();
        foreach (var g in groups)
        {
            if (g.Words.Length < 2) continue;
            multiWord.Add(g);
            foreach (var w in g.Words)
            {
                if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = new List<EntityGroup>();
                if (list.Count == 0 || list[list.Count - 1] != g) list.Add(g);
            }
        }

        var ordered = new List<EntityGroup>(groups);
        ordered.Sort((a, b) => a.Words.Length != b.Words.Length ? a.Words.Length.CompareTo(b.Words.Length) : a.Order.CompareTo(b.Order));
        Dictionary<string, EntityGroup>? byInitials = null;
        foreach (var g in ordered)
        {
            EntityGroup? target = BracketTarget(g);
            if (target is null && g.Known is null)
            {
                if (g.IsAcronym)
                {
                    byInitials ??= IndexInitials(multiWord);
                    byInitials.TryGetValue(Fold(g.Words[0]), out target);
                }
                if (target is null && byWord.TryGetValue(g.Words[0], out var sharing))
                {
                    bool targetPreferred = false;
                    foreach (var t in sharing)
                    {
                        if (t == g || t.Words.Length <= g.Words.Length || !IsShortFormOf(g, t)) continue;
                        // "Edna Marlowe" is the woman the "Edna Marlowe Foundation" is named after, not a short form of it.
                        if (g.Kind == EntityKind.Person && g.Evidence.Person > 0 && g.Words.Length >= 2 && t.Kind != EntityKind.Person) continue;
                        // "from Orlowa, Texas" is the town the "Orlowa Police Department" is named after: its own cues say so.
                        if (g.Evidence.Best == EntityKind.Place && t.Kind != EntityKind.Place && g.Evidence.Place >= 5) continue;
                        // A surname ("Marlowe" of "Edna Marlowe") is a surer match than a first word ("Marlowe" of "Marlowe Prints"),
                        // unless the short form's own cues say organisation ("Harwell shareholders" of "Harwell Logistics", not "Margaret Harwell").
                        bool preferred = IsSurnameOf(g, t) != (g.Evidence.Best == EntityKind.Organization);
                        if (target is null || preferred && !targetPreferred || preferred == targetPreferred && t.Order < target.Order)
                        {
                            target = t;
                            targetPreferred = preferred;
                        }
                    }
                }
            }
            if (target is not null && target.Root != g) g.MergedInto = target.Root;
        }
    }

    /// <summary>
    /// A town's name that is also the surname of a person in the article: the mentions whose own cues say person
    /// ("Lyon said") move to that person, and where no mention's cues say place, all of them do; the rest ("in Lyon")
    /// stay the town.
    /// </summary>
    private static void TakeSurnamesFromPlaces(List<EntityGroup> groups)
    {
        foreach (var g in groups)
        {
            if (g.Known is not { Kind: EntityKind.Place } || g.Words.Length != 1) continue;
            var person = groups.Find(t => t.Kind == EntityKind.Person && t.Known is null && t.Words.Length >= 2 && IsSurnameOf(g, t));
            if (person is null) continue;
            bool saysPerson = false, saysPlace = false;
            foreach (var c in g.Mentions)
            {
                saysPerson |= c.Evidence.Person > c.Evidence.Place;
                saysPlace |= c.Evidence.Place > c.Evidence.Person;
            }
            if (!saysPerson) continue;
            foreach (var c in g.Mentions)
            {
                if (saysPlace && c.Evidence.Person <= c.Evidence.Place) continue;
                person.Mentions.Add(c);
                person.Evidence.Add(c.Evidence);
                c.Group = person;
            }
            if (g.Mentions.RemoveAll(c => c.Group == person) == 0) continue;
            g.Evidence = default;
            foreach (var c in g.Mentions) g.Evidence.Add(c.Evidence);
        }
    }

    private static EntityGroup? BracketTarget(EntityGroup g)
    {
        foreach (var c in g.Mentions)
        {
            if (c.DefinedBy is null) continue;
            return FindGroup(c.DefinedBy, g);
        }
        return null;

        static EntityGroup? FindGroup(Candidate c, EntityGroup self) => c.Group is { } found && found != self ? found : null;
    }

    /// <summary>Whether <paramref name="g"/>'s words are a short form of <paramref name="t"/>'s, by <paramref name="t"/>'s kind.</summary>
    private static bool IsShortFormOf(EntityGroup g, EntityGroup t)
    {
        var s = g.Words;
        var l = t.Words;
        switch (t.Kind)
        {
            case EntityKind.Person:
                // A surname ("Putin", "van den Berg", "Hartmann-Lindqvist") or, as in Chinese and Korean names, the first word ("Xi").
                return Matches(s, l, l.Length - s.Length) || s.Length == 1 && s[0] == l[0] || WithoutMiddleNames(s, l);
            case EntityKind.Place:
                return s.Length == l.Length - 1
                    && (Lexicon.PlaceHeads.Contains(l[0]) && Matches(s, l, 1) || Lexicon.PlaceHeads.Contains(l[l.Length - 1]) && Matches(s, l, 0));
            default:
                // "Brennan Freight" and "Brennan" of "Brennan Freight Inc"; "Commission" of "European Commission"; "Wembley" of "Wembley Stadium".
                return Matches(s, l, 0) && !IsConnector(l[s.Length - 1])
                    || s.Length == 1 && s[0] == l[l.Length - 1] && Lexicon.OrganizationHeads.Contains(s[0]) && t.Kind == EntityKind.Organization
                    || s.Length >= 2 && AfterPlace(s, l); // "Supreme Court" of "U.S. Supreme Court" or "Chilean Supreme Court of Appeals"
        }
    }

    /// <summary>
    /// A person's name written without some of its middle names or initials ("Ada Lovelace" of "Ada Augusta Lovelace"): the
    /// same first and last word, the words between a selection of the longer name's, in order.
    /// </summary>
    private static bool WithoutMiddleNames(string[] s, string[] l)
    {
        if (s.Length < 2 || !string.Equals(s[0], l[0], StringComparison.OrdinalIgnoreCase)) return false;
        if (!string.Equals(s[s.Length - 1], l[l.Length - 1], StringComparison.OrdinalIgnoreCase)) return false;
        int j = 1;
        for (int i = 1; i < s.Length - 1; i++)
        {
            while (j < l.Length - 1 && !string.Equals(s[i], l[j], StringComparison.OrdinalIgnoreCase)) j++;
            if (j == l.Length - 1) return false;
            j++;
        }
        return true;
    }

    /// <summary>Whether <paramref name="s"/> opens what follows a place or its demonym at the start of <paramref name="l"/> ("U.S.", "Russian").</summary>
    private static bool AfterPlace(string[] s, string[] l)
    {
        var gazetteer = Gazetteer.Default;
        for (int count = 1; count <= 3 && count + s.Length <= l.Length; count++)
        {
            if (!Matches(s, l, count) || IsConnector(l[count + s.Length - 1])) continue;
            string prefix = string.Join(" ", l, 0, count);
            if (gazetteer.TryName(prefix, out var place) && place.Kind == EntityKind.Place || gazetteer.TryDemonym(prefix, out _)) return true;
        }
        return false;
    }

    private static bool IsSurnameOf(EntityGroup g, EntityGroup t) =>
        t.Kind == EntityKind.Person && Matches(g.Words, t.Words, t.Words.Length - g.Words.Length);

    private static bool IsConnector(string w) => w is "of" or "for" or "and" or "&" or "on" or "at" or "the";

    private static bool Matches(string[] s, string[] l, int at)
    {
        if (at < 0 || at + s.Length > l.Length) return false;
        for (int i = 0; i < s.Length; i++) if (!string.Equals(s[i], l[at + i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>Initials of every multi-word name, two ways: of its capitalised words ("CJEU") and of all its words ("DfT").</summary>
    private static Dictionary<string, EntityGroup> IndexInitials(List<EntityGroup> groups)
    {
        var index = new Dictionary<string, EntityGroup>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var capitals = new System.Text.StringBuilder();
            var all = new System.Text.StringBuilder();
            foreach (var w in g.Words)
            {
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                all.Append(char.ToLowerInvariant(w[0]));
                if (char.IsUpper(w[0])) capitals.Append(char.ToLowerInvariant(w[0]));
            }
            if (capitals.Length >= 2 && !index.ContainsKey(capitals.ToString())) index[capitals.ToString()] = g;
            if (all.Length >= 2 && !index.ContainsKey(all.ToString())) index[all.ToString()] = g;
        }
        return index;
    }

    private static string Fold(string acronym)
    {
        var b = new System.Text.StringBuilder(acronym.Length);
        foreach (char c in acronym) if (char.IsLetter(c)) b.Append(char.ToLowerInvariant(c));
        return b.ToString();
    }
}
