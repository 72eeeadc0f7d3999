using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ArticleData.Engine.Model;
using ArticleData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleData.CodeFixes;

/// <summary>
/// The fix for ART016: replaces <c>Articles.Find("typo")</c> with the typed member of a suggested article,
/// <c>Articles.PutinSeeksEnergyDealsInBeijing.Article</c>, one action per suggestion, nearest first. The typed member
/// cannot go stale: renaming or removing the article breaks the build instead of returning null.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseArticleMemberCodeFix)), Shared]
public sealed class UseArticleMemberCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownSlug);

    public override FixAllProvider? GetFixAllProvider() => null; // each call needs its own choice of article

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UnknownSlugAnalyzer.SuggestedClassesProperty, out var classes) || string.IsNullOrEmpty(classes)) continue;
            var invocation = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>();
            if (invocation is null) continue;
            foreach (var className in classes!.Split(';'))
            {
                var replacement = TypedMember(invocation.Expression, className);
                if (replacement is null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create($"Use {className}.Article", ct => Replace(context.Document, root, invocation, replacement, ct), nameof(UseArticleMemberCodeFix) + "." + className),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The catalog's expression with the article class and <c>.Article</c> in place of <c>.Find</c>: <c>Articles.Find</c>
    /// becomes <c>Articles.X.Article</c>, a bare <c>Find</c> (inside the catalog, or under <c>using static</c>, which
    /// imports its nested classes too) becomes <c>X.Article</c>.
    /// </summary>
    private static ExpressionSyntax? TypedMember(ExpressionSyntax find, string className)
    {
        ExpressionSyntax articleClass;
        if (find is MemberAccessExpressionSyntax access) articleClass = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression, SyntaxFactory.IdentifierName(className));
        else if (find is IdentifierNameSyntax) articleClass = SyntaxFactory.IdentifierName(className);
        else return null;
        return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, articleClass, SyntaxFactory.IdentifierName("Article"));
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, InvocationExpressionSyntax invocation, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var newRoot = root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation));
        return Task.FromResult(document.WithSyntaxRoot(newRoot));
    }
}
