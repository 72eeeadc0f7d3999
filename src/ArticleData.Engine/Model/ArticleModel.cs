namespace ArticleData.Engine.Model;

public enum EntityKind
{
    Person,
    Place,
    Organization,
    Other,
}

/// <summary>One mention of an entity: the text as written and where.</summary>
public sealed record MentionInfo(string Text, SpanInfo Span);

/// <summary>A distinct named thing of one article, with every alias, role and mention.</summary>
public sealed record EntityInfo(
    string Name,
    EntityKind Kind,
    string? Type,
    EquatableArray<string> Aliases,
    EquatableArray<string> Roles,
    EquatableArray<MentionInfo> Mentions);

public enum ClaimKind
{
    Event,
    Quantity,
    Statement,
    Prediction,
}

public enum Certainty
{
    Asserted,
    Hedged,
}

/// <summary>Who a claim is attributed to: the source as the article names it, its entity (index into the article's entities) and the reporting verb.</summary>
public sealed record AttributionInfo(string Source, int? Entity, string? Verb);

public enum QuantityKind
{
    Number,
    Percentage,
    Money,
    Count,
    Duration,
    Date,
}

/// <summary>A number in a claim, typed: value, unit (ISO currency code, or the counted noun / time unit) and where.</summary>
public sealed record QuantityInfo(QuantityKind Kind, string Text, double? Value, string? Unit, SpanInfo Span);

/// <summary>A checkable statement of one article.</summary>
public sealed record ClaimInfo(
    string Id,
    string Text,
    SpanInfo Span,
    ClaimKind Kind,
    AttributionInfo? Attribution,
    Certainty Certainty,
    string? HedgeCue,
    EquatableArray<QuantityInfo> Quantities,
    EquatableArray<int> Entities);

/// <summary>A parsed article with what extraction found in it: the unit the emitter turns into code.</summary>
public sealed record ArticleModel(ArticleDocument Document, EquatableArray<EntityInfo> Entities, EquatableArray<ClaimInfo> Claims);
