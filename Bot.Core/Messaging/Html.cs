using System.Text;

namespace Bot.Core.Messaging;

public static class Html
{
    /// <summary>Escapes text for Telegram's HTML parse mode, which needs only &lt; &gt; &amp; and &quot; escaped.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
