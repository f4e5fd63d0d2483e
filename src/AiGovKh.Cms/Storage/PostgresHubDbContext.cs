using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// <see cref="HubDbContext"/> on PostgreSQL: the same model, with its own migration set in
/// <c>Migrations/Postgres</c> (EF Core's "one context type per provider" pattern). Registered as
/// <see cref="HubDbContext"/> when <c>Hub:DatabaseProvider</c> is <c>postgres</c>, so code asks for
/// <see cref="HubDbContext"/> and never knows which provider serves it.
/// </summary>
public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options);
