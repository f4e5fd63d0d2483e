using AiGovKh.Cms.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiGovKh.Cms.Storage.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> b)
    {
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.AuthorId).HasMaxLength(450);
        b.Property(r => r.AuthorName).HasMaxLength(256);
        b.Property(r => r.ReviewedById).HasMaxLength(450);
        b.Property(r => r.SourceHash).HasMaxLength(64);
        b.Property(r => r.License).HasMaxLength(40);
        b.Property(r => r.Topics).HasJsonConversion();
        b.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.ContentItem).WithMany(i => i.Revisions).HasForeignKey(r => r.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ContentItemId, r.Number }).IsUnique();
        b.HasIndex(r => new { r.ContentItemId, r.State });
        // The database itself guarantees "at most one published revision per item"; the quoted
        // identifier in the filter is valid SQL on both SQLite and PostgreSQL.
        b.HasIndex(r => r.ContentItemId, "IX_Revisions_OnePublishedPerItem").IsUnique().HasFilter("\"State\" = 'Published'");
        b.HasIndex(r => new { r.State, r.PublishAt });
    }
}

internal sealed class RevisionTranslationConfiguration : IEntityTypeConfiguration<RevisionTranslation>
{
    public void Configure(EntityTypeBuilder<RevisionTranslation> b)
    {
        b.HasKey(t => new { t.RevisionId, t.Locale });
        b.Property(t => t.Locale).HasMaxLength(8);
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Summary).HasMaxLength(2000);
        b.Property(t => t.Objectives).HasJsonConversion();
        b.Property(t => t.Questions).HasJsonConversion();
        b.Property(t => t.Glossary).HasJsonConversion();
        b.HasOne(t => t.Revision).WithMany(r => r.Translations).HasForeignKey(t => t.RevisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RevisionMediaConfiguration : IEntityTypeConfiguration<RevisionMedia>
{
    public void Configure(EntityTypeBuilder<RevisionMedia> b)
    {
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Locale).HasMaxLength(8);
        b.Property(m => m.TitleKm).HasMaxLength(300);
        b.Property(m => m.TitleEn).HasMaxLength(300);
        b.Property(m => m.AltKm).HasMaxLength(1000);
        b.Property(m => m.AltEn).HasMaxLength(1000);
        b.HasOne(m => m.Revision).WithMany(r => r.Media).HasForeignKey(m => m.RevisionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.MediaAsset).WithMany().HasForeignKey(m => m.MediaAssetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.RevisionId, m.Name }).IsUnique();
    }
}
