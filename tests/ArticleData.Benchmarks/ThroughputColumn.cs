using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArticleData.Benchmarks;

/// <summary>
/// Time per article and words per second of a benchmark over articles. A benchmark class opts in with public static
/// methods <c>int Articles(int n)</c> and <c>long Words(int n)</c> (n is its N parameter, 0 without one); the columns
/// divide the mean time by them.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public enum Kind
    {
        PerArticle,
        WordsPerSecond,
    }

    private readonly Kind _kind;

    public ThroughputColumn(Kind kind) => _kind = kind;

    public string Id => nameof(ThroughputColumn) + "." + _kind;
    public string ColumnName => _kind == Kind.PerArticle ? "Per article" : "Words/s";
    public bool AlwaysShow => false;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => (int)_kind;
    public bool IsNumeric => true;
    public UnitType UnitType => _kind == Kind.PerArticle ? UnitType.Time : UnitType.Dimensionless;
    public string Legend => _kind == Kind.PerArticle ? "Mean time divided by the number of articles" : "Words of the articles divided by the mean time";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => Counter(c, MethodName) != null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var counter = Counter(benchmarkCase, MethodName);
        var report = summary[benchmarkCase];
        if (counter == null || report?.ResultStatistics == null) return "-";
        int n = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "N")?.Value is int value ? value : 0;
        double count = Convert.ToDouble(counter.Invoke(null, new object[] { n }), CultureInfo.InvariantCulture);
        double nanoseconds = report.ResultStatistics.Mean;
        if (_kind == Kind.WordsPerSecond) return (count / (nanoseconds / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        double perArticle = nanoseconds / count;
        return perArticle >= 1e6
            ? (perArticle / 1e6).ToString("N3", CultureInfo.InvariantCulture) + " ms"
            : (perArticle / 1e3).ToString("N1", CultureInfo.InvariantCulture) + " μs";
    }

    private string MethodName => _kind == Kind.PerArticle ? "Articles" : "Words";

    private static MethodInfo? Counter(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Descriptor.Type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, new[] { typeof(int) });
}
