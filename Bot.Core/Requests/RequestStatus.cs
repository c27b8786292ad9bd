namespace Bot.Core.Requests;

/// <summary>Where a task stands: «На рассмотрении» → «Принята в работу» → «Выполнена», or «Отклонена»;
/// a task of a chained service «Ожидает» its predecessor first.</summary>
public enum RequestStatus
{
    Review,
    Waiting,
    Accepted,
    Done,
    Rejected,
}
