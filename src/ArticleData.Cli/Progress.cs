using System;
using System.Diagnostics;
using System.IO;

namespace ArticleData.Cli;

/// <summary>
/// Progress on stderr for large inputs, so stdout stays clean for JSON: a line rewritten in place on a terminal,
/// a line per tenth of the work in a log. Small inputs (under <see cref="Threshold"/> files) print nothing.
/// </summary>
internal sealed class Progress
{
    public const int Threshold = 50;

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly bool _enabled, _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = -1;
    private int _lastTenth, _done;

    public Progress(TextWriter error, int total, bool interactive, bool quiet)
    {
        _error = error;
        _total = total;
        _interactive = interactive;
        _enabled = !quiet && total >= Threshold;
    }

    /// <summary>Called after each article, from any thread (articles are extracted in parallel).</summary>
    public void Advance()
    {
        if (!_enabled) return;
        lock (this) Report(++_done);
    }

    private void Report(int done)
    {
        if (_interactive)
        {
            // At most four redraws a second: a terminal is slower than the parser.
            long now = _clock.ElapsedMilliseconds;
            if (done < _total && _lastDrawn >= 0 && now - _lastDrawn < 250) return;
            _lastDrawn = now;
            _error.Write($"\r{done}/{_total} articles");
            return;
        }
        int tenth = (int)(10L * done / _total);
        if (tenth > _lastTenth && done < _total)
        {
            _lastTenth = tenth;
            _error.WriteLine($"{done}/{_total} articles ({tenth * 10}%)");
        }
    }

    public void Finish()
    {
        if (!_enabled) return;
        if (_interactive) _error.WriteLine();
        _error.WriteLine($"{_total} articles in {_clock.Elapsed.TotalSeconds:0.0}s");
    }
}
