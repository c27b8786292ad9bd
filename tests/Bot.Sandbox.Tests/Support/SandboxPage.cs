using System.Collections.ObjectModel;
using OpenQA.Selenium;

namespace Bot.Sandbox.Tests.Support;

/// <summary>The sandbox page as a person uses it: a column per person, the bot's messages and buttons in it, the text box
/// and the file picker. Each step is photographed; the photographs are written out only when a step fails.</summary>
internal sealed class SandboxPage(IWebDriver driver, string artifacts)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly List<(string Step, byte[] Png)> shots = [];

    /// <summary>Runs one step and photographs the page after it; on failure every photograph so far is saved with the error.</summary>
    public async Task StepAsync(string name, Func<Task> step)
    {
        try
        {
            await step();
            Shoot(name);
        }
        catch (Exception error)
        {
            Shoot(name + "-failed");
            Directory.CreateDirectory(artifacts);
            for (var i = 0; i < shots.Count; i++)
            {
                await File.WriteAllBytesAsync(Path.Combine(artifacts, $"{i + 1:D2}-{shots[i].Step}.png"), shots[i].Png);
            }

            throw new InvalidOperationException($"Step '{name}' failed; screenshots of every step are in {artifacts}", error);
        }
    }

    /// <summary>Waits for the last message in the person's column whose text contains <paramref name="text"/>.</summary>
    public Task<IWebElement> MessageAsync(string person, string text) =>
        UntilAsync(() => Messages(person).LastOrDefault(m => TextOf(m).Contains(text, StringComparison.Ordinal)), $"a message with '{text}' for {person}");

    /// <summary>Presses the button with this caption under the last message that has one, as a person taps it.</summary>
    public async Task PressAsync(string person, string caption)
    {
        await UntilAsync(() => Click(Messages(person).SelectMany(m => m.FindElements(By.CssSelector(".keyboard button"))).LastOrDefault(b => b.Text == caption)), $"a button '{caption}' for {person}");
    }

    /// <summary>Presses the first button whose caption starts so (a date, a task's number).</summary>
    public async Task PressStartingAsync(string person, string start)
    {
        await UntilAsync(
            () => Click(Messages(person).SelectMany(m => m.FindElements(By.CssSelector(".keyboard button"))).LastOrDefault(b => b.Text.StartsWith(start, StringComparison.Ordinal))),
            $"a button starting '{start}' for {person}");
    }

    /// <summary>Clicks what was found; a column redrawn in between makes it stale, and the probe runs again.</summary>
    private static IWebElement? Click(IWebElement? button)
    {
        button?.Click();
        return button;
    }

    public void Type(string person, string text)
    {
        var box = Column(person).FindElement(By.CssSelector(".composer .entry"));
        box.SendKeys(text);
        Column(person).FindElement(By.CssSelector(".composer .send")).Click();
    }

    /// <summary>Picks a file in the person's file picker; the page sends it at once.</summary>
    public void Attach(string person, string path) =>
        Column(person).FindElement(By.CssSelector(".composer input.files")).SendKeys(path);

    public Task<IWebElement> DocumentLinkAsync(string person, string fileName) =>
        UntilAsync(() => Column(person).FindElements(By.CssSelector("a.document")).LastOrDefault(a => a.Text.Contains(fileName, StringComparison.Ordinal)), $"the file {fileName} for {person}");

    public static async Task<T> UntilAsync<T>(Func<T?> probe, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            try
            {
                if (probe() is { } found)
                {
                    return found;
                }
            }
            catch (Exception error) when (error is StaleElementReferenceException or NoSuchElementException or ElementClickInterceptedException)
            {
                // The page is still loading, or the column was redrawn while it was read: read it again.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Wait.TotalSeconds} s for {what}.");
            }

            await Task.Delay(100);
        }
    }

    private IWebElement Column(string person) => driver.FindElement(By.CssSelector($"section.column[data-person='{person}']"));

    private ReadOnlyCollection<IWebElement> Messages(string person) => Column(person).FindElements(By.CssSelector(".chat .message"));

    /// <summary>A message's text or caption, without its buttons.</summary>
    private static string TextOf(IWebElement message) => string.Concat(message.FindElements(By.CssSelector(".bubble .text")).Select(text => text.Text));

    private void Shoot(string name) => shots.Add((name, ((ITakesScreenshot)driver).GetScreenshot().AsByteArray));
}
