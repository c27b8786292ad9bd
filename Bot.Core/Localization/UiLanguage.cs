namespace Bot.Core.Localization;

public enum UiLanguage
{
    Russian,
    English,
}
