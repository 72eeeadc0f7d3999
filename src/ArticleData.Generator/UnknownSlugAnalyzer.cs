using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ArticleData.Generator;

/// <summary>
/// ART016: <c>Articles.Find("…")</c> with a constant slug that no article has. The slugs are read from the generated
/// catalog itself (each article class's <c>Slug</c> constant, found through the compilation), so the analyzer sees
/// what the generator made of the project, settings and all, and works in the IDE as the user types. Non-constant
/// arguments, correct slugs and catalogs without articles get nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownSlugAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's property holding the suggested article classes' names, nearest first, ';'-separated: what the code fix offers.</summary>
    public const string SuggestedClassesProperty = "ArticleClasses";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnknownSlug);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var article = start.Compilation.GetTypeByMetadataName("ArticleData.Article");
            if (article is null) return; // no runtime reference: no generated catalog to check against
            // One read of each catalog class per compilation, however many calls there are.
            var catalogs = new ConcurrentDictionary<INamedTypeSymbol, SlugCatalog>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => Analyze(c, article, catalogs), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol article, ConcurrentDictionary<INamedTypeSymbol, SlugCatalog> catalogs)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Find" || !method.IsStatic || method.Parameters.Length != 1 || invocation.Arguments.Length != 1
            || method.Parameters[0].Type.SpecialType != SpecialType.System_String
            || !SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, article))
        {
            return;
        }
        var argument = invocation.Arguments[0].Value;
        if (!argument.ConstantValue.HasValue || argument.ConstantValue.Value is not string slug) return;

        var catalog = catalogs.GetOrAdd(method.ContainingType, SlugCatalog.Read);
        if (catalog.IsEmpty || catalog.Contains(slug)) return;

        var nearest = catalog.Nearest(slug);
        string suggestions = string.Join(" or ", nearest.Select(e => $"'{e.Slug}' ({method.ContainingType.Name}.{e.ClassName})"));
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestedClassesProperty, string.Join(";", nearest.Select(e => e.ClassName)));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownSlug, argument.Syntax.GetLocation(), properties, slug, suggestions));
    }
}
