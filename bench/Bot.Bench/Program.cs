using System.Globalization;
using Bot.Bench;

// Usage: dotnet run -c Release --project bench/Bot.Bench -- [handling|fanout|filing|digest|backlog|latency|forms|all] [--runs N] [--seconds S]
// (forms: only the latency table's form «Отправить» row)
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(3);
var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(int.Parse).FirstOrDefault(60);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
Console.WriteLine($"BotCabinet benchmark on {Environment.ProcessorCount} cores, {runs} run(s) per figure; medians shown");

if (scenario is "handling" or "all")
{
    const int users = 50;
    const int cycles = 20;
    const int warmUpCycles = 10; // both bots reach their steady state (JIT tiers) before the clock starts
    var ours = new List<HandlingResult>();
    var echo = new List<HandlingResult>();
    for (var run = 0; run < runs; run++)
    {
        ours.Add(await HandlingBenchmark.RunAsync(users, warmUpCycles, cycles));
        echo.Add(await EchoBenchmark.RunAsync(users, warmUpCycles * 3, cycles * 3));
        Console.WriteLine($"  run {run + 1}: bot {ours[^1].PerSecond:F0}/s p50 {ours[^1].P50Ms:F1} ms; echo {echo[^1].PerSecond:F0}/s p50 {echo[^1].P50Ms:F1} ms");
        Console.WriteLine($"    CPU ms per interaction, bot: {ours[^1].Cpu}; echo: {echo[^1].Cpu}");
    }

    Report("BotCabinet host (/start, «О фирме», unknown text)", ours);
    Report("Telegram.Bot echo bot (text)", echo);
    Console.WriteLine($"Handling rate, bot / echo: {Percentiles.Median(ours.Select(r => r.PerSecond)) / Percentiles.Median(echo.Select(r => r.PerSecond)):F2}");
}

if (scenario is "fanout" or "all")
{
    var results = new List<FanOutBenchmark.Result>();
    for (var run = 0; run < runs; run++)
    {
        results.Add(await FanOutBenchmark.RunAsync(chats: 1000, messages: 3000));
        var r = results[^1];
        Console.WriteLine($"  run {run + 1}: {r.Messages} messages to {r.Chats} chats in {r.Elapsed.TotalSeconds:F1} s = {r.PerSecond:F1}/s ({r.FractionOfAllowed:P0} of allowed), 429s {r.TooManyRequests}, lost {r.Lost}, host peak {r.PeakMemoryMb} MiB");
    }

    Console.WriteLine($"Fan-out: median {Percentiles.Median(results.Select(r => r.PerSecond)):F1}/s = {Percentiles.Median(results.Select(r => r.FractionOfAllowed)):P0} of Telegram's 30/s; 429s (max) {results.Max(r => r.TooManyRequests)}; lost (max) {results.Max(r => r.Lost)}; host peak memory (max) {results.Max(r => r.PeakMemoryMb)} MiB");
}

if (scenario is "filing" or "all")
{
    const int clients = 20;
    const int formsEach = 5;
    var results = new List<FilingBenchmark.Result>();
    for (var run = 0; run < runs; run++)
    {
        results.Add(await FilingBenchmark.RunAsync(clients, formsEach));
        var r = results[^1];
        Console.WriteLine($"  run {run + 1}: {r.Tasks} tasks, {r.FormsPerSecond:F1} forms/s; «Отправить» → number p50 {r.ConfirmP50Ms:F0} ms, p95 {r.ConfirmP95Ms:F0} ms; → assignee's card p50 {r.CardP50Ms:F0} ms, p95 {r.CardP95Ms:F0} ms");
    }

    Console.WriteLine($"Filing ({clients} clients at once, {formsEach} forms each): {Percentiles.Median(results.Select(r => r.FormsPerSecond)):F1} forms/s; «Отправить» → number p50 {Percentiles.Median(results.Select(r => r.ConfirmP50Ms)):F0} ms, p95 {Percentiles.Median(results.Select(r => r.ConfirmP95Ms)):F0} ms; → assignee's card p50 {Percentiles.Median(results.Select(r => r.CardP50Ms)):F0} ms, p95 {Percentiles.Median(results.Select(r => r.CardP95Ms)):F0} ms");
}

if (scenario is "digest" or "all")
{
    var result = await DigestBenchmark.RunAsync(tasks: 1_000_000, managers: 200, rounds: Math.Max(runs, 3));
    var rounds = result.Rounds.Select(r => r.TotalSeconds).ToList();
    Console.WriteLine($"Digests: {result.Managers} managers over 1,000,000 tasks (generated in {result.Generate.TotalSeconds:F0} s): rounds {string.Join(", ", rounds.Select(s => $"{s:F2} s"))}; median {Percentiles.Median(rounds):F2} s; {result.Messages} messages (texts and charts)");
}

if (scenario is "backlog" or "all")
{
    foreach (var backlog in new[] { 0, 100_000 })
    {
        var results = new List<BacklogBenchmark.Result>();
        for (var run = 0; run < runs; run++)
        {
            results.Add(await BacklogBenchmark.RunAsync(backlog, repetitions: 50));
        }

        Console.WriteLine($"Backlog of {backlog:N0} in one chat, 20 other chats waiting: inbox claim median {Percentiles.Median(results.Select(r => r.ClaimMs)):F2} ms, outbox lease median {Percentiles.Median(results.Select(r => r.LeaseMs)):F2} ms ({runs} runs of 50)");
    }
}

if (scenario is "latency" or "all")
{
    for (var run = 0; run < runs; run++)
    {
        var result = await LatencyBenchmark.RunAsync([30, 100, 300], TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(15), formsPerSecond: 5, seed: 17 + run);
        Console.WriteLine($"Open-loop latency, run {run + 1} ({seconds} s at each rate, 1,000 users, Poisson arrivals):");
        Console.WriteLine("| bot | interactions | rate/s | answered | p50 ms | p95 ms | p99 ms | max ms | host CPU s / 1,000 | one round trip |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in result.Rows)
        {
            var l = row.Window.LatenciesMs;
            var lost = row.Window.Skipped + row.Window.Failed > 0 ? $" ({row.Window.Skipped} skipped, {row.Window.Failed} failed)" : "";
            Console.WriteLine($"| {row.Bot} | {row.Mix} | {row.Rate:F0} | {l.Count}{lost} | {Percentiles.Of(l, 50):F1} | {Percentiles.Of(l, 95):F1} | {Percentiles.Of(l, 99):F1} | {(l.Count > 0 ? l[^1] : double.NaN):F1} | {(row.CpuSecondsPer1000 is { } cpu ? $"{cpu:F2}" : "—")} | {(row.OneRoundTripShare is { } share ? $"{share * 100:F0} %" : "—")} |");
        }

        foreach (var row in result.Rows.Where(row => row.Window.FirstFailure is not null))
        {
            Console.WriteLine($"  first failure, {row.Bot} {row.Mix} at {row.Rate:F0}/s: {row.Window.FirstFailure}");
        }

        Console.WriteLine($"Host resident memory after the 300/s run {result.HostResidentAfterMb} MiB, peak {result.HostPeakMb} MiB");
    }
}

if (scenario is "forms")
{
    for (var run = 0; run < runs; run++)
    {
        var row = await LatencyBenchmark.FormsAsync(5, TimeSpan.FromSeconds(seconds), seed: 17 + run);
        var l = row.Window.LatenciesMs;
        Console.WriteLine($"Form «Отправить», run {run + 1} ({seconds} s at 5 forms/s): {l.Count} answered ({row.Window.Skipped} skipped, {row.Window.Failed} failed); p50 {Percentiles.Of(l, 50):F1} ms, p95 {Percentiles.Of(l, 95):F1}, p99 {Percentiles.Of(l, 99):F1}, max {(l.Count > 0 ? l[^1] : double.NaN):F1}; host CPU s / 1,000 {row.CpuSecondsPer1000:F2}");
    }
}

static void Report(string name, List<HandlingResult> results) =>
    Console.WriteLine($"{name}: {Percentiles.Median(results.Select(r => r.PerSecond)):F0} interactions/s; latency p50 {Percentiles.Median(results.Select(r => r.P50Ms)):F1} ms, p95 {Percentiles.Median(results.Select(r => r.P95Ms)):F1} ms, p99 {Percentiles.Median(results.Select(r => r.P99Ms)):F1} ms; peak memory {results.Max(r => r.PeakMemoryMb)} MiB; CPU ms per interaction (medians) {CpuShares.Median(results.Select(r => r.Cpu))}");
