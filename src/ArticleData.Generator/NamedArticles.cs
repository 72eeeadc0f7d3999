using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ArticleData.Engine.Model;
using ArticleData.Engine.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleData.Generator;

/// <summary>
/// Finds the article classes the project's code names, by syntax alone: the names on both sides of every dotted name
/// (<c>Articles.X</c>, <c>X.Entities</c> after <c>using static</c>, <c>using E = Articles.X.Entities</c>), kept where they
/// are an article's class name. Syntax, not symbols, on purpose: the typed members are what is being decided, so the
/// names cannot be bound yet, and a syntax step reruns for the edited file only. A name that merely looks like an
/// article's class (a local <c>Weather.Today</c>) costs that article's members, nothing worse.
/// </summary>
internal static class NamedArticles
{
    public static bool IsCandidate(SyntaxNode node) => node is MemberAccessExpressionSyntax or QualifiedNameSyntax;

    /// <summary>The identifier left of the dot (its last part) and the one right of it; an unfinished <c>Articles.X.</c> yields X.</summary>
    public static (string Left, string Right) NamesIn(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax access => (LastName(access.Expression), access.Name.Identifier.ValueText),
        QualifiedNameSyntax qualified => (LastName(qualified.Left), qualified.Right.Identifier.ValueText),
        _ => ("", ""),
    };

    private static string LastName(SyntaxNode node) => node switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => "",
    };

    /// <summary>The class names of generated articles that the code names, sorted (ordinal), so the result compares by value.</summary>
    public static EquatableArray<string> Classes(ImmutableArray<(string Left, string Right)> names, SlugTable slugs)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, assignment) in slugs.Entries)
        {
            if (assignment.Generate) classes.Add(assignment.ClassName);
        }
        var named = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (left, right) in names)
        {
            if (classes.Contains(left)) named.Add(left);
            if (classes.Contains(right)) named.Add(right);
        }
        return new EquatableArray<string>(new List<string>(named).ToArray());
    }

    public static bool Contains(EquatableArray<string> named, string className) => named.BinarySearch(className, n => n) >= 0;
}
