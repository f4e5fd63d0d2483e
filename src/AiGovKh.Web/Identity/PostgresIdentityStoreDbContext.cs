using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Identity;

/// <summary>
/// <see cref="IdentityStoreDbContext"/> on PostgreSQL: same model, own migrations in
/// <c>Identity/PostgresMigrations</c>. Registered as <see cref="IdentityStoreDbContext"/> when the hub runs on PostgreSQL.
/// </summary>
public sealed class PostgresIdentityStoreDbContext(DbContextOptions<PostgresIdentityStoreDbContext> options) : IdentityStoreDbContext(options);
