using System.IO;
using System.Linq;
using ArticleData.Engine.Model;

namespace ArticleData.Cli;

/// <summary>The readable form of `inspect`: one block per article, for people rather than tools.</summary>
internal static class TableWriter
{
    public static void Write(TextWriter o, string path, ArticleModel model)
    {
        var doc = model.Document;
        o.WriteLine($"== {path}");
        o.WriteLine($"   {doc.Title.Text}");
        if (doc.Standfirst is not null) o.WriteLine($"   {doc.Standfirst.Text}");
        o.WriteLine($"   {doc.Paragraphs.Count} paragraphs, {model.Entities.Count} entities, {model.Claims.Count} claims");
        if (model.Entities.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"   {"KIND",-13}{"NAME",-32}{"MENTIONS",9}  ALIASES");
            foreach (var e in model.Entities)
                o.WriteLine($"   {e.Kind,-13}{Cut(e.Name, 31),-32}{e.Mentions.Count,9}  {string.Join(", ", e.Aliases)}");
        }
        if (model.Claims.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"   {"LINE:COL",-9}{"CERTAINTY",-10}{"SOURCE",-24}CLAIM");
            foreach (var c in model.Claims)
                o.WriteLine($"   {c.Span.Line + ":" + c.Span.Column,-9}{c.Certainty,-10}{Cut(c.Attribution?.Source ?? "—", 23),-24}{Cut(c.Text, 70)}");
        }
        foreach (var d in doc.Diagnostics)
            o.WriteLine($"   {d.Severity} {d.Id} at {d.Line}:{d.Column}: {d.Message}");
        o.WriteLine();
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s.Substring(0, n - 1) + "…";
}
