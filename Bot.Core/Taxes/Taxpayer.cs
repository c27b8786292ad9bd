namespace Bot.Core.Taxes;

/// <summary>Whom an obligation concerns by the kind of taxpayer: an organisation (a 10-digit ИНН) or an
/// individual entrepreneur, ИП (a 12-digit ИНН).</summary>
public enum Taxpayer
{
    Any,
    Organisation,
    Entrepreneur,
}
