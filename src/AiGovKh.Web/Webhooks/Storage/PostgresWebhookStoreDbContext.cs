using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Webhooks.Storage;

/// <summary>
/// <see cref="WebhookStoreDbContext"/> on PostgreSQL: same model, own migrations in
/// <c>Webhooks/Storage/PostgresMigrations</c>. Registered as <see cref="WebhookStoreDbContext"/> when the hub runs on PostgreSQL.
/// </summary>
public sealed class PostgresWebhookStoreDbContext(DbContextOptions<PostgresWebhookStoreDbContext> options) : WebhookStoreDbContext(options);
