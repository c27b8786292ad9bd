using Bot.Demo;
using Bot.Sandbox.Tests.Support;
using Bot.Testing.Postgres;
using Microsoft.Extensions.Logging;
using OpenQA.Selenium.Chrome;

namespace Bot.Sandbox.Tests;

/// <summary>The demo's sandbox in a real headless Chromium: one person plays the client and the accountant by clicking and
/// typing in the page, and the real bot, polling the fake Telegram of the demo, answers in it.</summary>
public sealed class SandboxFlowTests : IAsyncLifetime
{
    private readonly TestDatabase database = new() { Migrate = false };
    private readonly string folder = Directory.CreateTempSubdirectory("sandbox-test-").FullName;
    private DemoApp demo = null!;
    private ChromeDriver browser = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        demo = await DemoApp.StartAsync(
            new DemoSettings(database.ConnectionString, Path.Combine(folder, "files"), "http://127.0.0.1:0"),
            logging => logging.ClearProviders());
        browser = HeadlessChromium.Start(Path.Combine(folder, "downloads"));
    }

    public async Task DisposeAsync()
    {
        browser.Quit();
        browser.Dispose();
        await demo.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_client_orders_with_a_scan_the_accountant_completes_with_a_file_and_the_client_downloads_it_in_the_browser()
    {
        var page = new SandboxPage(browser, Path.Combine(AppContext.BaseDirectory, "sandbox-screenshots"));
        var scan = await WriteAsync("скан-выписки.pdf", "%PDF-1.7 выписка банка за ноябрь");
        var result = await WriteAsync("декларация.pdf", "%PDF-1.7 декларация УСН, подписанная");

        await page.StepAsync("open", async () =>
        {
            await browser.Navigate().GoToUrlAsync(demo.SandboxUrl);
            await page.MessageAsync("client", "вы подключены к кабинету компании ООО «Ромашка»");
        });
        await page.StepAsync("order", async () =>
        {
            await page.PressAsync("client", "Заказать услугу");
            await page.PressAsync("client", "Бухгалтерия");
            await page.PressAsync("client", "Сверка с контрагентами");
            await page.MessageAsync("client", "напишите своё одним сообщением");
            page.Type("client", "Сверка с ООО «Поставщик» за ноябрь");
            await page.MessageAsync("client", "Прикрепите сканы");
        });
        await page.StepAsync("attach", async () =>
        {
            page.Attach("client", scan);
            await page.MessageAsync("client", "Файл «скан-выписки.pdf» прикреплён.");
        });
        await page.StepAsync("deadline-and-send", async () =>
        {
            await page.PressAsync("client", "Готово");
            // The description step's «Оставить описание» also starts so: wait for the deadline step first.
            await page.MessageAsync("client", "Оставьте срок, выберите другой день");
            await page.PressStartingAsync("client", "Оставить");
            await page.PressAsync("client", "Отправить");
            await page.MessageAsync("client", "Заявка №1001 отправлена.");
        });
        await page.StepAsync("accept", async () =>
        {
            await page.MessageAsync("ivanova", "№1001");
            await page.PressAsync("ivanova", "Принять в работу");
            await page.MessageAsync("client", "Заявка №1001 принята в работу.");
            await page.PressAsync("ivanova", "Выполнено");
            await page.MessageAsync("ivanova", "Завершение задачи №1001");
        });
        await page.StepAsync("complete-with-a-file", async () =>
        {
            page.Attach("ivanova", result);
            await page.MessageAsync("ivanova", "Файлов результата: 1.");
            await page.PressAsync("ivanova", "Завершить");
            await page.MessageAsync("client", "Заявка №1001 выполнена.");
        });
        await page.StepAsync("download", async () =>
        {
            (await page.DocumentLinkAsync("client", "декларация.pdf")).Click();
            var downloaded = await SandboxPage.UntilAsync(() => Downloaded("декларация.pdf"), "the download of декларация.pdf");
            Assert.Equal(await File.ReadAllBytesAsync(result), await File.ReadAllBytesAsync(downloaded));
        });
    }

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    /// <summary>The finished download (Chromium writes to a .crdownload file first).</summary>
    private string? Downloaded(string name)
    {
        var path = Path.Combine(folder, "downloads", name);
        return File.Exists(path) && new FileInfo(path).Length > 0 ? path : null;
    }
}
