using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Threading;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Web;

/// <summary>
/// Starts the built samples/ArticleData.Web (the configuration these tests were built in) on a free port of
/// 127.0.0.1, as `dotnet ArticleData.Web.dll --urls …`, and stops it after the tests.
/// </summary>
public sealed class WebSampleServer : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly System.Text.StringBuilder _log = new();

    public HttpClient Client { get; }

    public WebSampleServer()
    {
        string configuration = typeof(WebSampleServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        string folder = Repo.Path("samples", "ArticleData.Web", "bin", configuration, "net10.0");
        string dll = Path.Combine(folder, "ArticleData.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the solution first: the web sample is missing.", dll);

        int port = FreePort();
        var info = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "--urls", $"http://127.0.0.1:{port}" }) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = System.Diagnostics.Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        WaitUntilServing();
    }

    public string Log { get { lock (_log) return _log.ToString(); } }

    private void WaitUntilServing()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The web sample exited with {_process.ExitCode}.\n{Log}");
            try
            {
                if (Client.GetAsync("/").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            Thread.Sleep(200);
        }
        throw new TimeoutException("The web sample did not answer within 60 s.\n" + Log);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}
