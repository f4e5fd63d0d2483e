using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiGovKh.Cms.Storage.Configurations;

internal sealed class ChangeFeedEntryConfiguration : IEntityTypeConfiguration<ChangeFeedEntry>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntry> b)
    {
        b.HasKey(c => c.Sequence);
        b.Property(c => c.Sequence).ValueGeneratedOnAdd();
        b.Property(c => c.Slug).HasMaxLength(120);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(c => c.ContentItemId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.FromState).HasMaxLength(20);
        b.Property(a => a.ToState).HasMaxLength(20);
        b.HasIndex(a => a.At);
        b.HasIndex(a => a.ContentItemId);
    }
}
