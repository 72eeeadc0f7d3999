using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ArticleData.Engine.Model;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// The engine knows nothing of Roslyn: the compiler enforces it (no reference, so no Roslyn type compiles there) as long
/// as nobody adds the reference back. These fail the day someone does.
/// </summary>
public sealed class EngineBoundaryTests
{
    [Fact]
    public void The_engine_assembly_references_no_Microsoft_CodeAnalysis_assembly()
    {
        var references = typeof(ArticleDocument).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("netstandard", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void The_engine_project_has_no_reference_that_brings_Roslyn_in()
    {
        var project = XDocument.Load(Repo.Path("src/ArticleData.Engine/ArticleData.Engine.csproj"));
        var included = project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "Reference")
            .Select(e => (string?)e.Attribute("Include") ?? "").ToList();

        Assert.Contains("PolySharp", included);
        Assert.DoesNotContain(included, i => i.Contains("CodeAnalysis", StringComparison.OrdinalIgnoreCase) || i.Contains("ArticleData.Generator", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_line_tool_references_the_engine_not_the_generator()
    {
        var references = typeof(ArticleData.Cli.Program).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("ArticleData.Engine", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name == "ArticleData.Generator");
    }
}
