using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Extraction.Entities.Tagging;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;

namespace ArticleData.Training;

/// <summary>
/// What the tagger costs: the whole extraction (entities and claims) of the own corpus with rules alone and with the
/// tagger, in one process on one thread, best of several runs, in words per second and bytes allocated per article.
/// </summary>
internal static class SpeedCheck
{
    public static int Run(string repo, int runs)
    {
        var files = TrainingCorpus.Files(repo, "", "own").Select(f => f.Article).ToList();
        var documents = files.Select(f => ArticleParser.Parse(f, File.ReadAllText(f))).ToList();
        long words = files.Sum(f => (long)File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var (label, model) in new[] { ("rules alone", (TaggerModel?)null), ("rules + tagger", TaggerModel.Default) })
        {
            double best = double.MaxValue;
            long allocated = 0;
            for (int run = 0; run < runs; run++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                foreach (var d in documents)
                {
                    var entities = EntityExtractor.Extract(d, Glossary.Empty, model, EntityExtractor.DefaultUse);
                    ClaimExtractor.Extract(d, entities);
                }
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            Console.WriteLine($"{label}: {words / best:N0} words/s ({documents.Count} articles, {words:N0} words, best of {runs}: {best * 1000:F1} ms), {allocated / documents.Count / 1024.0:F0} KB allocated per article");
        }
        return 0;
    }
}
