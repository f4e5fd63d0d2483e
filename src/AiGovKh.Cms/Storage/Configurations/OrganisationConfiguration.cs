using AiGovKh.Cms.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiGovKh.Cms.Storage.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Slug).HasMaxLength(64);
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.NameKm).HasMaxLength(300);
        b.Property(o => o.NameEn).HasMaxLength(300);
        b.Property(o => o.Website).HasMaxLength(500);
    }
}
