using System;
using System.Linq;
using ArticleData;
using ArticleData.Sample;

// Everything below was read from seeds/ at compile time: no file is opened and nothing is parsed at run time.
Article article = Articles.PutinSeeksEnergyDealsInBeijing.Article;

Console.WriteLine(Articles.PutinSeeksEnergyDealsInBeijing.Title);
Console.WriteLine(Articles.PutinSeeksEnergyDealsInBeijing.Standfirst);
Console.WriteLine();
Console.WriteLine($"{article.Paragraphs.Count} paragraphs from {article.SourcePath}:");
foreach (Paragraph p in article.Paragraphs)
{
    Console.WriteLine($"  [{p.Index + 1}] line {p.Line}: {Shorten(p.Text, 90)}");
}

Console.WriteLine();
Console.WriteLine($"{article.Entities.Count} entities:");
foreach (Entity e in article.Entities)
{
    string roles = e.Roles.Count > 0 ? " — " + string.Join("; ", e.Roles) : "";
    string aliases = e.Aliases.Count > 0 ? " (also " + string.Join(", ", e.Aliases) + ")" : "";
    Console.WriteLine($"  {e.Kind,-12} {e.Name}{aliases}{roles}: {e.Mentions.Count} mention(s)");
}

Console.WriteLine();
Console.WriteLine($"{article.Claims.Count} claims:");
foreach (Claim c in article.Claims)
{
    string source = c.Attribution is null ? "the article" : c.Attribution.Source;
    string certainty = c.IsHedged ? $"hedged: \"{c.HedgeCue}\"" : "asserted";
    Console.WriteLine($"  {c.Span}  {Shorten(c.Text, 80)}");
    Console.WriteLine($"         — {source} [{certainty}]{(c.Quantities.Count > 0 ? " " + string.Join(", ", c.Quantities.Select(q => q.Text)) : "")}");
}

Console.WriteLine();
Article? found = Articles.Find(Articles.PutinSeeksEnergyDealsInBeijing.Slug);
Console.WriteLine($"Articles.Find(\"{Articles.PutinSeeksEnergyDealsInBeijing.Slug}\") → {found?.Title}");
Console.WriteLine($"Articles.All holds {Articles.All.Count} article(s).");

static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
