namespace AiGovKh.Search.Indexing;

/// <summary>
/// What an index commit records: the last change-feed sequence applied and the schema it was
/// built with. A commit without a checkpoint, or with another schema, means the index must be rebuilt.
/// </summary>
public sealed record IndexCheckpoint(long Sequence, int Schema)
{
    /// <summary>
    /// Bump when fields or analysis change, so nodes rebuild their index on start
    /// (3: word-edge markers in the bigram terms; 4: segmenter model v3, whose words differ in places).
    /// </summary>
    public const int CurrentSchema = 4;

    internal const string SequenceKey = "feedSequence";
    internal const string SchemaKey = "schema";

    internal IDictionary<string, string> ToCommitData() => new Dictionary<string, string>
    {
        [SequenceKey] = Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [SchemaKey] = Schema.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    internal static IndexCheckpoint? FromCommitData(IDictionary<string, string>? data)
    {
        if (data is null
            || !data.TryGetValue(SequenceKey, out var seq) || !long.TryParse(seq, out var sequence)
            || !data.TryGetValue(SchemaKey, out var sch) || !int.TryParse(sch, out var schema))
        {
            return null;
        }
        return new IndexCheckpoint(sequence, schema);
    }
}
