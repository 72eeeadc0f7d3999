using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Extraction.Entities.Tagging;
using ArticleData.Engine.Extraction.Text;
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
        var configurations = new[] { ("rules alone", (TaggerModel?)null), ("rules + tagger", TaggerModel.Default) };
        var best = new double[configurations.Length];
        var allocated = new long[configurations.Length];
        for (int c = 0; c < configurations.Length; c++) best[c] = double.MaxValue;
        // Interleaved, after warm-up runs of both, so that JIT tiering and a neighbour's load fall on both alike.
        for (int run = -5; run < runs; run++)
        {
            for (int c = 0; c < configurations.Length; c++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                foreach (var d in documents)
                {
                    // as ArticleExtractor does: one token stream for both extractors
                    var texts = TokenText.Of(d);
                    var entities = EntityExtractor.Extract(d, texts, Glossary.Empty, configurations[c].Item2, EntityExtractor.DefaultUse);
                    ClaimExtractor.Extract(d, texts, entities);
                }
                if (run < 0) continue;
                best[c] = Math.Min(best[c], clock.Elapsed.TotalSeconds);
                allocated[c] = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        for (int c = 0; c < configurations.Length; c++)
        {
            Console.WriteLine($"{configurations[c].Item1}: {words / best[c]:N0} words/s ({documents.Count} articles, {words:N0} words, best of {runs}: {best[c] * 1000:F1} ms), {allocated[c] / documents.Count / 1024.0:F0} KB allocated per article");
        }
        return 0;
    }
}
