namespace AiGovKh.Cms.Tests.Support;

/// <summary>PostgreSQL tests run one at a time: each creates and drops a database on the shared server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
