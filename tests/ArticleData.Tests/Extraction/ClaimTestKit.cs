using System.Linq;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;

namespace ArticleData.Tests.Extraction;

/// <summary>Runs the parser and the claim extractor on a text, as the generator does.</summary>
internal static class ClaimTestKit
{
    public static ArticleModel Extract(string text, string path = "test.txt")
    {
        var document = ArticleParser.Parse(path, text);
        return ArticleExtractor.Extract(document, Glossary.Empty, ExtractionOptions.All);
    }

    /// <summary>An article with a fixed headline and the given body paragraph(s).</summary>
    public static ArticleModel Body(string body) => Extract("A test headline about the matter at hand\n\n" + body + "\n");

    /// <summary>The claim whose text contains <paramref name="fragment"/>.</summary>
    public static ClaimInfo Claim(ArticleModel model, string fragment) => model.Claims.Single(c => c.Text.Contains(fragment));
}
