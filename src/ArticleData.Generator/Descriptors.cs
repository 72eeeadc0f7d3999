using System.Collections.Generic;
using ArticleData.Engine.Model;
using Microsoft.CodeAnalysis;

namespace ArticleData.Generator;

/// <summary>
/// Every diagnostic ArticleData reports, one descriptor each, with the severity it has by default. Release tracking
/// (RS2008) checks this file against AnalyzerReleases.Shipped.md / Unshipped.md; the engine's
/// <see cref="DiagnosticIds"/> holds the same ids and titles, and a test keeps the README's table in step. No help
/// link: the README's diagnostics table is the documentation, and the package has no public site to point at yet.
/// </summary>
internal static class Descriptors
{
    private const string Category = "ArticleData";
    // The message is the engine's, written per occurrence: it names the slug, the file or the value at fault.
    private const string Message = "{0}";

    public static readonly DiagnosticDescriptor EmptyArticle = new(DiagnosticIds.EmptyArticle, DiagnosticIds.Title(DiagnosticIds.EmptyArticle), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor NoHeadline = new(DiagnosticIds.NoHeadline, DiagnosticIds.Title(DiagnosticIds.NoHeadline), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor MalformedFrontMatter = new(DiagnosticIds.MalformedFrontMatter, DiagnosticIds.Title(DiagnosticIds.MalformedFrontMatter), Message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor DuplicateSlug = new(DiagnosticIds.DuplicateSlug, DiagnosticIds.Title(DiagnosticIds.DuplicateSlug), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidSlug = new(DiagnosticIds.InvalidSlug, DiagnosticIds.Title(DiagnosticIds.InvalidSlug), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor NotText = new(DiagnosticIds.NotText, DiagnosticIds.Title(DiagnosticIds.NotText), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor ArticleTooLarge = new(DiagnosticIds.ArticleTooLarge, DiagnosticIds.Title(DiagnosticIds.ArticleTooLarge), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor ClassNameCollision = new(DiagnosticIds.ClassNameCollision, DiagnosticIds.Title(DiagnosticIds.ClassNameCollision), Message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidFrontMatterValue = new(DiagnosticIds.InvalidFrontMatterValue, DiagnosticIds.Title(DiagnosticIds.InvalidFrontMatterValue), Message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidGlossaryEntry = new(DiagnosticIds.InvalidGlossaryEntry, DiagnosticIds.Title(DiagnosticIds.InvalidGlossaryEntry), Message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidOption = new(DiagnosticIds.InvalidOption, DiagnosticIds.Title(DiagnosticIds.InvalidOption), Message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnreadableFile = new(DiagnosticIds.UnreadableFile, DiagnosticIds.Title(DiagnosticIds.UnreadableFile), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InternalError = new(DiagnosticIds.InternalError, DiagnosticIds.Title(DiagnosticIds.InternalError), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = new(DiagnosticIds.UnclosedFrontMatter, DiagnosticIds.Title(DiagnosticIds.UnclosedFrontMatter), Message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor ExtractionFailed = new(DiagnosticIds.ExtractionFailed, DiagnosticIds.Title(DiagnosticIds.ExtractionFailed), Message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownSlug = new(DiagnosticIds.UnknownSlug, DiagnosticIds.Title(DiagnosticIds.UnknownSlug),
        "No article has the slug '{0}', so Find returns null; did you mean {1}?", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>By id, for the reporter; every id of <see cref="DiagnosticIds"/> has an entry (a test checks).</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Index(
        EmptyArticle, NoHeadline, MalformedFrontMatter, DuplicateSlug, InvalidSlug, NotText, ArticleTooLarge, ClassNameCollision,
        InvalidFrontMatterValue, InvalidGlossaryEntry, InvalidOption, UnreadableFile, InternalError, UnclosedFrontMatter, ExtractionFailed, UnknownSlug);

    private static IReadOnlyDictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in descriptors) byId.Add(d.Id, d);
        return byId;
    }
}
