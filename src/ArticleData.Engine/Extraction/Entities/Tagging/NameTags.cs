using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// The tagger's labels: O (outside a name), or B (first word) / I (a later word) of a name of one of the four kinds.
/// Tag 0 is O; tag 1 + 2k is B of kind k, 2 + 2k is I of kind k, with kinds in <see cref="EntityKind"/> order.
/// </summary>
internal static class NameTags
{
    public const int Count = 9;
    public const byte Outside = 0;

    public static byte Begin(EntityKind kind) => (byte)(1 + 2 * (int)kind);

    public static byte Inside(EntityKind kind) => (byte)(2 + 2 * (int)kind);

    public static bool IsBegin(byte tag) => tag != Outside && tag % 2 == 1;

    public static bool IsInside(byte tag) => tag != Outside && tag % 2 == 0;

    public static EntityKind KindOf(byte tag) => (EntityKind)((tag - 1) / 2);

    /// <summary>BIO's one rule: an I continues a name of its own kind, so it follows that kind's B or I.</summary>
    public static bool MayFollow(byte previous, byte tag) =>
        !IsInside(tag) || previous != Outside && KindOf(previous) == KindOf(tag);
}
