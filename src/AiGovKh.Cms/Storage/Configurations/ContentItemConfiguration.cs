using AiGovKh.Cms.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiGovKh.Cms.Storage.Configurations;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> b)
    {
        b.Property(i => i.Slug).HasMaxLength(120);
        b.HasIndex(i => i.Slug).IsUnique();
        b.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.License).HasMaxLength(40);
        b.Property(i => i.Topics).HasJsonConversion();
        b.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.Course).WithMany(c => c.Lessons).HasForeignKey(i => i.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.CourseId, i.Position });
        b.HasIndex(i => i.Type);
    }
}
