#if CHROMIUM
// Compiled only where Debian's chromium is installed (.ci/run installs it; see ArticleData.Tests.csproj).
using System;
using System.IO;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Web;

/// <summary>The web sample's article page as headless Chromium draws it (the layout's colours and the headline's ink) and parses it (the JSON-LD in its head).</summary>
public sealed class WebScreenshotTests : IClassFixture<WebSampleServer>, IDisposable
{
    private const int Width = 1000, Height = 800;
    private readonly WebSampleServer _server;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "articledata-screenshot-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public WebScreenshotTests(WebSampleServer server)
    {
        _server = server;
        Directory.CreateDirectory(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Article_page_renders_with_its_layout_and_headline()
    {
        string png = Path.Combine(_dir, "article.png");
        string url = new Uri(_server.Client.BaseAddress!, "/articles/putin-seeks-energy-deals-in-beijing").ToString();
        var run = ProcessRunner.Run("chromium", new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=" + Path.Combine(_dir, "profile"), $"--window-size={Width},{Height}", "--screenshot=" + png, url,
        }, _dir, timeout: TimeSpan.FromMinutes(2));
        Assert.True(File.Exists(png), run.ToString());

        var image = PngImage.Read(File.ReadAllBytes(png));

        Assert.Equal((Width, Height), (image.Width, image.Height));
        AssertColour((0x23, 0x39, 0x5b), image[5, 5]);               // the navigation bar
        AssertColour((0xfd, 0xfc, 0xf8), image[5, Height / 2]);      // the page, left of the text column
        // The headline and the first paragraphs: dark ink in the text column below the navigation bar.
        int ink = Enumerable.Range(60, 300).Sum(y => Enumerable.Range(100, Width - 200).Count(x => image[x, y] is var p && p.R < 90 && p.G < 90 && p.B < 90));
        Assert.True(ink > 2000, $"only {ink} dark pixels where the headline should be");
    }

    [Fact]
    public void Chromium_reads_the_seeds_JSON_LD_from_the_rendered_page_head()
    {
        string url = new Uri(_server.Client.BaseAddress!, "/articles/putin-seeks-energy-deals-in-beijing").ToString();
        // --dump-dom prints the document as the browser parsed it: a script that broke out would show up split or in the body.
        var run = ProcessRunner.Run("chromium", new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + Path.Combine(_dir, "profile"), "--dump-dom", url,
        }, _dir, timeout: TimeSpan.FromMinutes(2));
        string dom = run.StandardOutput;
        Assert.True(dom.Contains("</head>", StringComparison.Ordinal), run.ToString());

        string script = Assert.Single(WebSampleTests.JsonLdScripts(dom));
        // The record's JsonLd: the web sample is an application, so its own code decides which articles get typed members
        // (and an Article member); the catalog's Find serves every article.
        Assert.Equal(ArticleData.Web.Articles.Find(ArticleData.Web.Articles.PutinSeeksEnergyDealsInBeijing.Slug)!.JsonLd, script);
        Assert.DoesNotContain("@context", dom.Substring(dom.IndexOf("</head>", StringComparison.Ordinal)));
        using var json = System.Text.Json.JsonDocument.Parse(script);
        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray().Select(m => (m.GetProperty("@type").GetString(), m.GetProperty("name").GetString())).ToList();
        Assert.Contains(("Person", "Vladimir Putin"), mentions);
        Assert.Contains(("Place", "Beijing"), mentions);
    }

    private static void AssertColour((int R, int G, int B) expected, (byte R, byte G, byte B) actual) =>
        Assert.True(Math.Abs(expected.R - actual.R) <= 3 && Math.Abs(expected.G - actual.G) <= 3 && Math.Abs(expected.B - actual.B) <= 3,
            $"expected #{expected.R:x2}{expected.G:x2}{expected.B:x2}, got #{actual.R:x2}{actual.G:x2}{actual.B:x2}");
}
#endif
