using System;

namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// What the tagger's answer does to the rules' candidates. Each part was chosen (or left out) by its effect on
/// gum-dev, which nothing was trained on; the training tool can switch parts to measure them again.
/// </summary>
[Flags]
internal enum TaggerUse
{
    None = 0,
    /// <summary>
    /// A candidate no gazetteer or glossary knows, where the tagger sees no name, becomes weak (kept only by joining a
    /// surer entity), unless a strong rule cue speaks for it (<see cref="TaggedCandidates.StrongCue"/>).
    /// </summary>
    Filter = 1,
    /// <summary>The kind the tagger gives a candidate's words counts as evidence for that kind.</summary>
    Type = 2,
    /// <summary>A sentence-initial word the rules held weak is kept when the tagger reads it as a name.</summary>
    Strengthen = 4,
    /// <summary>A name the tagger finds that no candidate overlaps becomes a candidate.</summary>
    Add = 8,
    /// <summary>An unknown candidate the tagger reads as two or more names ("NASA Bill Ingalls") is split into them.</summary>
    Split = 16,
    /// <summary>The tagger alone (with the resolver): every rule candidate dropped, every tagged name added. For measuring the tagger.</summary>
    Alone = 32,
    /// <summary>The kind the tagger gives a mention no rule cue typed counts a little: it decides where no cue and no gazetteer does.</summary>
    Hint = 64,
}
