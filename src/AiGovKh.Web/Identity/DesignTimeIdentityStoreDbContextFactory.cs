using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AiGovKh.Web.Identity;

/// <summary>Lets <c>dotnet ef migrations add -c IdentityStoreDbContext</c> build the model without the host.</summary>
internal sealed class DesignTimeIdentityStoreDbContextFactory : IDesignTimeDbContextFactory<IdentityStoreDbContext>
{
    public IdentityStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityStoreDbContext>()
            .UseSqlite("Data Source=design-time.db", IdentityStoreDatabase.ConfigureSqlite)
            .Options);
}
