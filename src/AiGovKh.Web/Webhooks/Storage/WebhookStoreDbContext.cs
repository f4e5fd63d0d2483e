using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Webhooks.Storage;

/// <summary>
/// Webhook subscriptions, the delivery outbox with its attempts, and the dispatcher's feed cursor. Webhooks are an
/// HTTP concern, so they belong to the Web project (DESIGN: nothing below Web knows about HTTP); the tables live in
/// the hub's database (shared by every node) with their own migrations and history table, like the identity store.
/// </summary>
public class WebhookStoreDbContext : DbContext
{
    public const string MigrationsHistoryTable = "__WebhookMigrationsHistory";

    public WebhookStoreDbContext(DbContextOptions<WebhookStoreDbContext> options)
        : base(options)
    {
    }

    /// <summary>For provider-specific subclasses, which need their own options type.</summary>
    protected WebhookStoreDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<WebhookSubscription> Subscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> Attempts => Set<WebhookAttempt>();
    public DbSet<WebhookCursor> Cursors => Set<WebhookCursor>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebhookSubscription>(b =>
        {
            b.ToTable("WebhookSubscriptions");
            b.Property(s => s.Name).HasMaxLength(100);
            b.HasIndex(s => s.Name).IsUnique();
            b.Property(s => s.Url).HasMaxLength(2000);
            b.Property(s => s.ProtectedSecret).HasMaxLength(2000);
            b.Property(s => s.Events).HasMaxLength(100);
            b.Property(s => s.CreatedBy).HasMaxLength(256);
            b.Ignore(s => s.Enabled);
            b.Ignore(s => s.EventList);
        });
        modelBuilder.Entity<WebhookDelivery>(b =>
        {
            b.ToTable("WebhookDeliveries");
            b.Property(d => d.EventId).HasMaxLength(32);
            b.Property(d => d.Event).HasMaxLength(20);
            b.Property(d => d.Slug).HasMaxLength(200);
            b.Property(d => d.LastResponse).HasMaxLength(WebhookSender.ExcerptLength);
            b.Property(d => d.LeaseOwner).HasMaxLength(100);
            b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
            b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
            // One delivery per feed row and subscription, even if two nodes read the same rows.
            b.HasIndex(d => new { d.SubscriptionId, d.Sequence }).IsUnique();
            b.HasIndex(d => new { d.Outcome, d.NextAttemptAt });
        });
        modelBuilder.Entity<WebhookAttempt>(b =>
        {
            b.ToTable("WebhookAttempts");
            b.Property(a => a.Response).HasMaxLength(WebhookSender.ExcerptLength);
        });
        modelBuilder.Entity<WebhookCursor>(b =>
        {
            b.ToTable("WebhookCursor");
            b.Property(c => c.Id).ValueGeneratedNever();
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // As in the hub's context: instants as UTC ticks so SQLite compares and orders them.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
