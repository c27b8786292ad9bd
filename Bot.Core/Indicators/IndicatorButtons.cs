using Bot.Core.Messaging;

namespace Bot.Core.Indicators;

/// <summary>«Показатели»'s buttons: <c>vc:0</c> the companies (firm's side), <c>vm:COMPANY:YYYYMM</c> a month's numbers,
/// <c>vg:COMPANY:YYYYMM</c> its chart. Only numbers travel; every press is authorised anew.</summary>
public static class IndicatorButtons
{
    private const char Section = 'v';
    private const string Kinds = "cmg";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind == 'c' ? 1 : 2, out kind, out numbers);

    public static long Key(DateOnly month) => (month.Year * 100) + month.Month;

    public static DateOnly? Month(long key) =>
        key / 100 is >= 2000 and <= 2100 && key % 100 is >= 1 and <= 12 ? new DateOnly((int)(key / 100), (int)(key % 100), 1) : null;
}
