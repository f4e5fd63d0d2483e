using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Identity;

/// <summary>
/// Accounts, roles and the data-protection key ring. Lives in the hub's database but has its own
/// migrations (Identity/Migrations) and history table, so the content model and the account model
/// evolve independently. Keys in the database let several nodes read each other's cookies.
/// This type carries the SQLite migrations; <see cref="PostgresIdentityStoreDbContext"/> the PostgreSQL ones.
/// </summary>
public class IdentityStoreDbContext : IdentityDbContext<HubUser>, IDataProtectionKeyContext
{
    public IdentityStoreDbContext(DbContextOptions<IdentityStoreDbContext> options)
        : base(options)
    {
    }

    /// <summary>For provider-specific subclasses, which need their own options type.</summary>
    protected IdentityStoreDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<HubUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.Property(u => u.DisabledAt).HasConversion(v => v == null ? (long?)null : v.Value.UtcTicks, v => v == null ? null : new DateTimeOffset(v.Value, TimeSpan.Zero));
            b.Property(u => u.InvitedAt).HasConversion(v => v == null ? (long?)null : v.Value.UtcTicks, v => v == null ? null : new DateTimeOffset(v.Value, TimeSpan.Zero));
            b.Property(u => u.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        });
        // LockoutEnd is a DateTimeOffset too; SQLite cannot compare those natively.
        builder.Entity<HubUser>().Property(u => u.LockoutEnd)
            .HasConversion(v => v == null ? (long?)null : v.Value.UtcTicks, v => v == null ? null : new DateTimeOffset(v.Value, TimeSpan.Zero));
    }
}
