using AiGovKh.Cms.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiGovKh.Cms.Storage.Configurations;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> b)
    {
        b.Property(m => m.Sha256).HasMaxLength(64);
        // Not unique: each organisation has its own asset rows over the one shared blob.
        b.HasIndex(m => m.Sha256);
        b.HasIndex(m => new { m.OrganisationId, m.Sha256 });
        b.Property(m => m.ContentType).HasMaxLength(100);
        b.Property(m => m.FileName).HasMaxLength(255);
        b.Property(m => m.AltKm).HasMaxLength(1000);
        b.Property(m => m.AltEn).HasMaxLength(1000);
        b.Property(m => m.UploadedById).HasMaxLength(450);
        b.HasOne<MediaBlob>().WithMany().HasForeignKey(m => m.Sha256).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(m => m.IsImage);
    }
}

internal sealed class MediaBlobConfiguration : IEntityTypeConfiguration<MediaBlob>
{
    public void Configure(EntityTypeBuilder<MediaBlob> b)
    {
        b.HasKey(m => m.Sha256);
        b.Property(m => m.Sha256).HasMaxLength(64);
    }
}
