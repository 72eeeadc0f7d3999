using System;
using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// The lexicon's cue lists (<see cref="Lexicon"/>) folded into one table per case: a word's hash gives all the lists
/// it is in, as bits, in one lookup and without making the word's string. Case-sensitive lists are keyed by the exact
/// form, case-insensitive ones by the lower-case form. A hash collision could lend a word a cue it lacks; with a few
/// thousand entries in 2^32 that is a feature's noise, not a rule's error.
/// </summary>
internal static class CueClasses
{
    private static readonly (HashSet<string> List, int Bit)[] Capitalised =
    {
        (Lexicon.Titles, 1), (Lexicon.TitleHeads, 2), (Lexicon.Honorifics, 4), (Lexicon.OrganizationHeads, 8),
        (Lexicon.FacilityHeads, 16), (Lexicon.PlaceHeads, 32), (Lexicon.EnglishOrganizationStarts, 64), (Lexicon.CompanySuffixes, 128),
        (Lexicon.Calendar, 256), (Lexicon.CommonWords, 512), (Lexicon.NotNames, 1024),
    };

    private static readonly (HashSet<string> List, int Bit)[] LowerCase =
    {
        (Lexicon.NameCueReportingVerbs, 1 << 12), (Lexicon.NameStopWords, 1 << 13), (Lexicon.NameParticles, ParticleBit),
        (Lexicon.PlacePrepositions, 1 << 15), (Lexicon.RoleNouns, 1 << 16), (Lexicon.OrganizationNouns, 1 << 17), (Lexicon.PlaceNouns, 1 << 18),
    };

    private static readonly Dictionary<uint, int> ExactForms = new();
    private static readonly Dictionary<uint, int> FoldedCapitalised = new();
    private static readonly Dictionary<uint, int> FoldedLowerCase = new();

    static CueClasses()
    {
        foreach (var (list, bit) in Capitalised) Index(list, bit, ExactForms, FoldedCapitalised);
        foreach (var (list, bit) in LowerCase) Index(list, bit, ExactForms, FoldedLowerCase);
    }

    /// <summary>The hash a word is keyed by: <see cref="FeatureHash"/> of its characters (lowered when asked) under one fixed template.</summary>
    public static uint Key(string text, int start, int length, bool lower) => FeatureHash.Add(FeatureHash.Start(100), text, start, length, lower);

    /// <summary>The cue bits of a word given its exact and lower-case keys; capitalised words and lower-case words ask different lists.</summary>
    public static int Of(uint exact, uint lower, bool capitalised)
    {
        int bits = 0;
        var capitalisedOrNot = capitalised ? FoldedCapitalised : FoldedLowerCase;
        if (capitalisedOrNot.TryGetValue(lower, out int folded)) bits |= folded;
        if (ExactForms.TryGetValue(exact, out int exactBits)) bits |= exactBits & (capitalised ? 0xFFF : ~0xFFF);
        return bits;
    }

    /// <summary>Whether a lower-case word (by its exact key) is a name particle ("van", "den", "de").</summary>
    public static bool IsParticle(uint exact) => ExactForms.TryGetValue(exact, out int bits) && (bits & ParticleBit) != 0;

    private const int ParticleBit = 1 << 14;

    private static void Index(HashSet<string> list, int bit, Dictionary<uint, int> exact, Dictionary<uint, int> folded)
    {
        bool ignoresCase = ReferenceEquals(list.Comparer, StringComparer.OrdinalIgnoreCase);
        foreach (string word in list)
        {
            var table = ignoresCase ? folded : exact;
            uint key = Key(word, 0, word.Length, ignoresCase);
            table[key] = (table.TryGetValue(key, out int bits) ? bits : 0) | bit;
        }
    }
}
