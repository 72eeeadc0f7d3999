using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArticleData.Benchmarks.Infrastructure;

/// <summary>
/// The article counts a benchmark runs at: its defaults, or the list in ARTICLEDATA_BENCH_N ("100,1000") so a run can
/// skip the hour-long N = 10,000 cases. BenchmarkDotNet's child processes inherit the variable.
/// </summary>
public static class Sizes
{
    public const string Variable = "ARTICLEDATA_BENCH_N";

    public static IEnumerable<int> Or(params int[] defaults)
    {
        string? list = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(list)) return defaults;
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.Parse(n, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }
}
