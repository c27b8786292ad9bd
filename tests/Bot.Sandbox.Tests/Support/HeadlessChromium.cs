using OpenQA.Selenium.Chrome;

namespace Bot.Sandbox.Tests.Support;

/// <summary>Debian's Chromium driven through its chromedriver (packages chromium and chromium-driver, which .ci/run
/// installs): no browser is downloaded, so it works offline. Downloads land in <see cref="Downloads"/>.</summary>
internal static class HeadlessChromium
{
    public static ChromeDriver Start(string downloads)
    {
        var driverPath = Find("chromedriver");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Find("chromium") };
        // --no-sandbox: CI runs as root, where Chromium's own sandbox cannot start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1600,1000", "--lang=ru-RU");
        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static string Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{program} was not found on PATH: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver), as .ci/run does.");
}
