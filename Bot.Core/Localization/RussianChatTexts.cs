using System.Globalization;
using Bot.Core.Chat;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianChatTexts : ChatTexts
{
    public static readonly RussianChatTexts Instance = new();

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    private RussianChatTexts()
    {
    }

    public override string WriteButton => "Написать бухгалтеру";

    public override string HistoryButton => "История переписки";

    public override string ChatsButton => "Переписка";

    public override string AnswerButton => "Ответить";

    public override string ShortHistoryButton => "История";

    public override string WriteToClientButton => "Написать клиенту";

    public override string MarkButton => "Отметка";

    public override string SendButton => "Отправить бухгалтеру";

    public override string DontSendButton => "Не отправлять";

    public override string MarkName(ChatMark mark) => mark switch
    {
        ChatMark.Call => "📞 Входящий звонок",
        ChatMark.Letter => "✉️ Письмо",
        ChatMark.Visit => "🤝 Визит",
        ChatMark.ServiceOn => "💼 Платная услуга подключена",
        _ => "💼 Платная услуга отключена",
    };

    public override string WritePrompt(string companyName) =>
        $"Напишите сообщение или пришлите файл — бухгалтер компании {Escape(companyName)} получит его и ответит здесь же.\n" +
        "Всё, что вы пишете боту вне заявок, тоже уходит бухгалтеру.";

    public override string AskSend(string preview) => $"Отправить бухгалтеру?\n\n<i>{Escape(preview)}</i>";

    public override string NotSent => "Хорошо, сообщение не отправлено.";

    public override string Sent(string? fileName) => fileName is null
        ? "✓ Сообщение передано бухгалтеру."
        : $"✓ Файл «{Escape(fileName)}» передан бухгалтеру.";

    public override string OutOfHours(DateTimeOffset firmTimeBack) =>
        $"Сейчас нерабочее время — бухгалтер ответит после {firmTimeBack.ToString("HH:mm, d MMMM (dddd)", Russian)}.";

    public override string FromClient(string companyName, string authorName, string body, string? fileName) =>
        $"💬 <b>{Escape(companyName)}, {Escape(authorName)}:</b> {Escape(body)}{Attached(fileName)}";

    public override string FromFirm(string authorName, string body, string? fileName) =>
        $"💬 <b>Бухгалтер {Escape(authorName)}:</b> {Escape(body)}{Attached(fileName)}";

    public override string AnswerPrompt(string clientName, string companyName) =>
        $"Ответ для {Escape(clientName)} ({Escape(companyName)}): напишите текст или пришлите файл.";

    public override string WriteToClientPrompt(string companyName) =>
        $"Сообщение сотрудникам {Escape(companyName)}: напишите текст или пришлите файл.";

    public override string Answered(string clientName) => $"✓ Ответ отправлен: {Escape(clientName)}.";

    public override string WrittenToClient(string companyName, int recipients) =>
        $"✓ Сообщение сохранено в переписке с {Escape(companyName)}; получателей в Telegram: {recipients}.";

    public override string ChooseCompany => "Переписка: выберите компанию.";

    public override string History(string companyName, int total, int first, int last) =>
        $"<b>История переписки — {Escape(companyName)}</b>\nЗаписи {first}–{last} из {total}, новые сверху.";

    public override string EmptyHistory(string companyName) => $"<b>История переписки — {Escape(companyName)}</b>\nПока пусто.";

    public override string FileButton(string fileName) => "📎 " + fileName;

    public override string MarksTitle(string companyName) => $"Отметка в переписке с {Escape(companyName)}: что произошло?";

    public override string MarkPrompt(ChatMark mark, string companyName) => mark is ChatMark.ServiceOn or ChatMark.ServiceOff
        ? $"{MarkName(mark)} ({Escape(companyName)}). {ServiceFormat}"
        : $"{MarkName(mark)} ({Escape(companyName)}). Напишите заметку: кто, о чём договорились.";

    public override string ServiceFormat => "Напишите услугу и цену в рублях через тире, например: «Кадровый учёт — 5000».";

    public override string MarkSaved(ChatMark mark) => $"✓ Отметка сохранена: {MarkName(mark)}.";

    public override string ServiceNotice(ChatMark mark, string service, decimal price, string companyName) => mark == ChatMark.ServiceOn
        ? $"💼 Подключена платная услуга: {Escape(service)} — {Price(price)} ({Escape(companyName)})."
        : $"💼 Отключена платная услуга: {Escape(service)} — {Price(price)} ({Escape(companyName)}).";

    public override string EmptyMessage => "Пустое сообщение не отправлено: напишите текст или пришлите файл.";

    protected override string FirmLabel => "Фирма";

    protected override string Price(decimal price) => price.ToString("#,0.##", Russian) + " ₽";
}
