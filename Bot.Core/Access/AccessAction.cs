namespace Bot.Core.Access;

/// <summary>Everything a user may be allowed to do, each on its kind of <see cref="AccessTarget"/>.</summary>
public enum AccessAction
{
    /// <summary>See a company's services (on its company).</summary>
    ViewServices,

    /// <summary>File a request for a company (on its company).</summary>
    OrderService,

    /// <summary>See a company's requests and their comments (on its company).</summary>
    ViewRequests,

    /// <summary>Open a company's drive and download from it (on its company).</summary>
    ViewDocuments,

    /// <summary>Upload to «Данные от клиента» (on its company).</summary>
    UploadClientDocument,

    /// <summary>Upload to «Данные для клиента», or archive a document (on its company).</summary>
    UploadFirmDocument,

    /// <summary>Read a company's conversation with the firm and get its files (on its company).</summary>
    ReadChat,

    /// <summary>Write to the firm in a company's conversation (on its company).</summary>
    WriteChat,

    /// <summary>Answer in a company's conversation, write to its employees, add marks (on its company).</summary>
    AnswerChat,

    /// <summary>See a company's filings with the authorities and their documents (on its company).</summary>
    ViewFilings,

    /// <summary>See a company's monthly financial indicators (on its company).</summary>
    ViewFinance,

    /// <summary>See a company's calendar: agreed events, deadlines, tax dates; export it (on its company).</summary>
    ViewCalendar,

    /// <summary>Add, move and cancel a company's agreed events (on its company).</summary>
    ManageEvents,

    /// <summary>Set a company's tax profile (on its company).</summary>
    SetTaxProfile,

    /// <summary>See a company's employees, make one follow every request, remove one (on its company).</summary>
    ManageEmployees,

    /// <summary>Turn a company's services on or off and set who is responsible for each (on its company).</summary>
    ManageServices,

    /// <summary>Start onboarding a new client (on the firm).</summary>
    StartOnboarding,

    /// <summary>Appoint the PM of a client's project for a department (on the department).</summary>
    AppointPm,

    /// <summary>Invite a company's employees (on its company).</summary>
    InviteEmployee,

    /// <summary>Accept, reject, complete a task (on the task).</summary>
    WorkTask,

    /// <summary>Hand a task to another staff member of its department (on the task).</summary>
    ReassignTask,

    /// <summary>Receive the managers' digest (on the firm, a department or a company).</summary>
    ReceiveDigest,

    /// <summary>Edit the catalog, the directory and the companies' lists; read audit reports (on the firm).</summary>
    Administer,
}
