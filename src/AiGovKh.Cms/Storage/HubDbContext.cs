using AiGovKh.Cms.Content;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// The hub's one source of truth. Used directly as unit of work and repository
/// (no repository layer over it); mappings live in <c>Configurations/</c>.
/// This type carries the SQLite migrations; <see cref="PostgresHubDbContext"/> (same model) carries
/// the PostgreSQL ones, because EF Core finds a context's migrations by its exact type.
/// </summary>
public class HubDbContext : DbContext
{
    public HubDbContext(DbContextOptions<HubDbContext> options)
        : base(options)
    {
    }

    /// <summary>For provider-specific subclasses, which need their own options type.</summary>
    protected HubDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ContentItem> Items => Set<ContentItem>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<RevisionTranslation> Translations => Set<RevisionTranslation>();
    public DbSet<RevisionMedia> RevisionMedia => Set<RevisionMedia>();
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();
    public DbSet<MediaBlob> MediaBlobs => Set<MediaBlob>();
    public DbSet<ChangeFeedEntry> ChangeFeed => Set<ChangeFeedEntry>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks-free ISO text
        // is not sortable either, so store as long (UTC ticks) on every provider for one model.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
