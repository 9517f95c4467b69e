using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanLint.Tests.Support;

/// <summary>
/// Debian's headless Chromium driven over the Chrome DevTools Protocol on its own websocket (System.Net.WebSockets, no
/// browser-automation package): open a page, watch every request it makes and every console message, run script in it,
/// take a screenshot and print it to PDF. One browser per instance, with a fresh profile, ended (with its children) on dispose.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly string profile;
    private readonly CdpConnection connection;

    private HeadlessChromium(Process process, string profile, CdpConnection connection)
    {
        this.process = process;
        this.profile = profile;
        this.connection = connection;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        string chromium = ExternalTools.Require("chromium");
        string profile = Path.Combine(Path.GetTempPath(), "planlint-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The flags this machine needs (see the machine notes): no sandbox as root, and no background connections,
        // which the closed network would refuse by the dozen.
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
            "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            string portFile = Path.Combine(profile, "DevToolsActivePort");
            var waited = Stopwatch.StartNew();
            string[] lines = [];
            while (waited.Elapsed < StartTimeout)
            {
                if (process.HasExited) throw new InvalidOperationException($"Chromium exited at start with code {process.ExitCode}.");
                if (File.Exists(portFile))
                {
                    lines = (await File.ReadAllTextAsync(portFile)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    if (lines.Length >= 2) break;
                }

                await Task.Delay(50);
            }

            if (lines.Length < 2) throw new TimeoutException("Chromium did not open its DevTools port within a minute.");
            var connection = await CdpConnection.OpenAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"));
            return new HeadlessChromium(process, profile, connection);
        }
        catch
        {
            Stop(process, profile);
            throw;
        }
    }

    /// <summary>A new tab, attached, with requests, console messages and CSP violations recorded from its first document on.</summary>
    public async Task<ChromiumPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var created = await connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        string targetId = created.GetProperty("targetId").GetString()!;
        var attached = await connection.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true });
        var page = new ChromiumPage(connection, attached.GetProperty("sessionId").GetString()!);
        await page.InitialiseAsync(width, height);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await connection.SendAsync("Browser.close", new JsonObject(), timeout: TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is TimeoutException or WebSocketException or InvalidOperationException or OperationCanceledException)
        {
            // Ending the process below is enough.
        }

        connection.Dispose();
        Stop(process, profile);
    }

    private static void Stop(Process process, string profile)
    {
        try
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
                process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        for (int attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { Thread.Sleep(200); }
        }
    }
}

/// <summary>One tab of <see cref="HeadlessChromium"/>.</summary>
public sealed class ChromiumPage
{
    private readonly CdpConnection connection;
    private readonly string session;
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal ChromiumPage(CdpConnection connection, string session)
    {
        this.connection = connection;
        this.session = session;
        connection.Subscribe(session, OnEvent);
    }

    private readonly ConcurrentDictionary<string, string> requested = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> blocked = new(StringComparer.Ordinal);

    /// <summary>Every URL the page loaded or tried to load and was not stopped from: the document itself included.</summary>
    public IReadOnlyList<string> Requests => [.. requested.Where(r => !blocked.ContainsKey(r.Key)).Select(r => r.Value).Order(StringComparer.Ordinal)];

    /// <summary>Every URL the browser refused to load for the page (by its Content-Security-Policy, say), with why.</summary>
    public IReadOnlyList<string> Blocked => [.. blocked.Select(b => requested.GetValueOrDefault(b.Key, "?") + " (" + b.Value + ")")];

    /// <summary>Console messages and browser log entries (CSP violations are reported here).</summary>
    public ConcurrentQueue<string> Messages { get; } = new();

    internal async Task InitialiseAsync(int width, int height)
    {
        foreach (string domain in new[] { "Page.enable", "Network.enable", "Runtime.enable", "Log.enable" })
            await SendAsync(domain);
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        // Runs before any script of the page: records CSP violations where the test can read them.
        await SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject
        {
            ["source"] = "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', function (e) { window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });",
        });
    }

    /// <summary>Opens a URL and waits for its load event.</summary>
    public async Task NavigateAsync(string url)
    {
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var result = await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        if (result.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
            throw new InvalidOperationException($"Chromium could not open {url}: {text}");
        await loaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Evaluates a JavaScript expression (awaiting a promise) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, TimeSpan? timeout = null)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        }, timeout);
        if (result.TryGetProperty("exceptionDetails", out var exception))
            throw new InvalidOperationException("Script failed in the page: " + exception.GetRawText());
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v.Clone() : default;
    }

    public async Task<T> EvaluateAsync<T>(string expression, TimeSpan? timeout = null) =>
        (await EvaluateAsync(expression, timeout)).Deserialize<T>() ?? throw new InvalidOperationException($"'{expression}' gave no value.");

    /// <summary>Types text into the focused element as a keyboard would.</summary>
    public Task TypeAsync(string text) => SendAsync("Input.insertText", new JsonObject { ["text"] = text });

    /// <summary>Presses a key (e.g. "Tab") on the focused element.</summary>
    public async Task PressAsync(string key, string code, int keyCode, int modifiers = 0)
    {
        foreach (string type in new[] { "rawKeyDown", "keyUp" })
        {
            await SendAsync("Input.dispatchKeyEvent", new JsonObject
            {
                ["type"] = type, ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = keyCode, ["modifiers"] = modifiers,
            });
        }
    }

    /// <summary>A PNG of what the window shows.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    /// <summary>The page printed as the browser's print dialog would, on A4 with the page's print stylesheet.</summary>
    public async Task<byte[]> PrintToPdfAsync()
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["paperWidth"] = 8.27,
            ["paperHeight"] = 11.69,
            ["preferCSSPageSize"] = true,
            ["printBackground"] = true,
        }, TimeSpan.FromMinutes(2));
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    private Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, TimeSpan? timeout = null) =>
        connection.SendAsync(method, parameters ?? new JsonObject(), session, timeout);

    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Page.loadEventFired":
                loaded.TrySetResult();
                break;
            case "Network.requestWillBeSent":
                requested[parameters.GetProperty("requestId").GetString()!] = parameters.GetProperty("request").GetProperty("url").GetString() ?? "";
                break;
            case "Network.loadingFailed" when parameters.TryGetProperty("blockedReason", out var reason):
                blocked[parameters.GetProperty("requestId").GetString()!] = reason.GetString() ?? "blocked";
                break;
            case "Runtime.consoleAPICalled":
                Messages.Enqueue(parameters.GetProperty("type").GetString() + ": " + string.Join(" ", parameters.GetProperty("args").EnumerateArray()
                    .Select(a => a.TryGetProperty("value", out var v) ? v.ToString() : a.TryGetProperty("description", out var d) ? d.GetString() : "")));
                break;
            case "Log.entryAdded":
                var entry = parameters.GetProperty("entry");
                Messages.Enqueue(entry.GetProperty("source").GetString() + " " + entry.GetProperty("level").GetString() + ": " + entry.GetProperty("text").GetString());
                break;
            case "Runtime.exceptionThrown":
                Messages.Enqueue("exception: " + parameters.GetProperty("exceptionDetails").GetRawText());
                break;
        }
    }
}

/// <summary>The DevTools protocol over one websocket: commands matched to replies by id, events handed to each session's subscriber.</summary>
internal sealed class CdpConnection : IDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly ConcurrentDictionary<string, Action<string, JsonElement>> subscribers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private int nextId;

    private CdpConnection(ClientWebSocket socket)
    {
        this.socket = socket;
        _ = Task.Run(ReceiveLoop);
    }

    public static async Task<CdpConnection> OpenAsync(Uri uri)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(uri, timeout.Token);
        return new CdpConnection(socket);
    }

    public void Subscribe(string session, Action<string, JsonElement> handler) => subscribers[session] = handler;

    public async Task<JsonElement> SendAsync(string method, JsonObject parameters, string? session = null, TimeSpan? timeout = null)
    {
        int id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null) message["sessionId"] = session;
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, closing.Token);
        }
        finally
        {
            sending.Release();
        }

        try
        {
            return await reply.Task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            pending.TryRemove(id, out _);
            throw new TimeoutException($"Chromium did not answer {method} in time.");
        }
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser closed or the connection was disposed.
        }

        foreach (var reply in pending.Values)
            reply.TrySetException(new InvalidOperationException("The connection to Chromium closed."));
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!pending.TryRemove(idElement.GetInt32(), out var reply)) return;
            if (root.TryGetProperty("error", out var error))
                reply.TrySetException(new InvalidOperationException("Chromium: " + error.GetRawText()));
            else
                reply.TrySetResult(root.GetProperty("result").Clone());
            return;
        }

        if (root.TryGetProperty("sessionId", out var session) && subscribers.TryGetValue(session.GetString()!, out var handler)
            && root.TryGetProperty("method", out var method))
            handler(method.GetString()!, root.TryGetProperty("params", out var p) ? p.Clone() : default);
    }

    public void Dispose()
    {
        closing.Cancel();
        socket.Dispose();
        sending.Dispose();
    }
}
