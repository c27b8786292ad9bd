using System.Diagnostics;
using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Digests;
using Bot.Core.Firm;
using Bot.Host.Digests;
using Bot.Storage.Calendar;
using Bot.Storage.Connection;
using Bot.Storage.Digests;
using Bot.Storage.Files;
using Bot.Testing.Postgres;
using Dapper;
using Microsoft.Extensions.Options;

namespace Bot.Bench;

/// <summary>The managers' morning digests over a large firm: 1,000,000 tasks of 1,000 companies in 3 departments
/// and 200 managers (5 administrators, 3 department heads, 192 PMs), generated in PostgreSQL. Measured: one
/// scheduled round — reading the data once, composing every manager's digest, drawing the charts (one per set of
/// departments) — on a working morning. Each round is rolled back, so the next one does the same work.</summary>
internal static class DigestBenchmark
{
    public sealed record Result(TimeSpan Generate, IReadOnlyList<TimeSpan> Rounds, int Messages, int Managers);

    public static async Task<Result> RunAsync(int tasks, int managers, int rounds)
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        var generate = Stopwatch.StartNew();
        await GenerateAsync(database, tasks, managers);
        generate.Stop();

        var root = Directory.CreateTempSubdirectory("bench-digest-").FullName;
        var now = new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero); // Wednesday 09:00 in Moscow
        var calendar = new WorkCalendar(ShippedCalendars.All().Select(shipped => shipped.Year), new FirmOptions(), new FixedTime(now));
        var times = new List<TimeSpan>();
        var messages = 0;
        for (var i = 0; i < rounds; i++)
        {
            await using var session = new DbSession(database.DataSource);
            await session.BeginAsync(CancellationToken.None);
            var service = new DigestService(
                new DigestRepository(session), new DigestChartRenderer(new FolderContentStore(Options.Create(new FileStoreOptions { Root = root })), Options.Create(new Bot.Core.Firm.FirmOptions())),
                new FixedCalendar(calendar), Options.Create(new AdministratorsOptions()), new FixedTime(now));
            var clock = Stopwatch.StartNew();
            messages = (await service.ScheduledAsync(CancellationToken.None)).Count;
            times.Add(clock.Elapsed);
        }

        Directory.Delete(root, recursive: true);
        return new Result(generate.Elapsed, times, messages, managers);
    }

    private static async Task GenerateAsync(TestDatabase database, int tasks, int managers)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO staff (login, full_name, telegram_user_id, is_admin, created_at)
            SELECT 'm' || i, 'Менеджер ' || i, 500000 + i, i <= 5, now() FROM generate_series(1, @Managers) i;
            INSERT INTO staff_departments (staff_id, department_id) SELECT s.id, d.id FROM staff s JOIN departments d ON d.id = 1 + (s.id % 3);
            UPDATE departments d SET head_staff_id = (SELECT id FROM staff WHERE login = 'm' || (5 + d.id));
            INSERT INTO companies (name, inn, created_at) SELECT 'ООО «Клиент ' || i || '»', lpad(i::text, 10, '0'), now() FROM generate_series(1, 1000) i;
            INSERT INTO company_projects (company_id, department_id, pm_staff_id, is_main)
            SELECT c.id, 1 + (c.id % 3), (SELECT id FROM staff WHERE login = 'm' || (9 + (c.id % (@Managers - 8)))), true FROM companies c;
            INSERT INTO catalog_categories (code, title, department_id, position) SELECT 'cat' || d.id, d.name, d.id, d.id FROM departments d;
            INSERT INTO service_templates (code, category_id, title, description, planned_days, hard_days, file_required, position)
            SELECT 'svc' || c.id, c.id, 'Услуга отдела ' || c.title, '', 3, 5, false, 1 FROM catalog_categories c;
            INSERT INTO service_tasks (company_id, template_id, status, requester_user_id, requester_name, description,
                                       requested_deadline, planned_due, hard_due, created_at, updated_at, closed_at)
            SELECT g.company, (SELECT st.id FROM service_templates st JOIN catalog_categories c ON c.id = st.category_id WHERE c.department_id = 1 + (g.company % 3)),
                   g.status, 1, 'Клиент', '', g.created::date + 5 + (g.i % 10), g.created::date + 5, g.created::date + 7, g.created, g.created,
                   CASE WHEN g.status IN ('done', 'rejected') THEN g.created + interval '1 day' END
            FROM (SELECT i, 1 + (i % 1000) AS company,
                         (ARRAY['done', 'done', 'done', 'done', 'done', 'done', 'rejected', 'review', 'accepted', 'waiting'])[1 + (i % 10)] AS status,
                         timestamptz '2026-12-02 06:00+00' - (i % 400) * interval '1 day' - (i % 24) * interval '1 hour' AS created
                  FROM generate_series(1, @Tasks) i) g;
            INSERT INTO task_events (task_id, kind, body, created_at)
            SELECT id, 'status', status, created_at + interval '2 hours' FROM service_tasks
            WHERE status IN ('accepted', 'done', 'rejected') AND created_at > timestamptz '2026-11-28 00:00+00';
            ANALYZE;
            """, new { Tasks = tasks, Managers = managers }, commandTimeout: 600);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class FixedCalendar(WorkCalendar calendar) : IWorkCalendarSource
    {
        public Task<WorkCalendar> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(calendar);
    }
}
