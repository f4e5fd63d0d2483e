namespace AiGovKh.Search.Indexing;

/// <summary>Why an index needs a full rebuild from the database, if it does.</summary>
public enum RebuildReason
{
    None,
    Missing,
    Corrupt,
    NoCheckpoint,
    OtherSchema,
    Requested,
    AheadOfFeed,
}
