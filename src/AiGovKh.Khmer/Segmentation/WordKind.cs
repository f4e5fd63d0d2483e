namespace AiGovKh.Khmer.Segmentation;

/// <summary>What a <see cref="WordSpan"/> holds.</summary>
public enum WordKind
{
    /// <summary>A Khmer word (including the repetition sign ៗ, which is a word of its own).</summary>
    Khmer,
    /// <summary>A run of letters of another script (Latin, …), with digits and internal apostrophes, dots, @.</summary>
    Latin,
    /// <summary>ASCII or Khmer digits, with internal decimal or group separators (១,០០០.៥០ is one number).</summary>
    Number,
    /// <summary>Anything else that is emitted as a word: URLs.</summary>
    Other,
    /// <summary>Punctuation and symbols; emitted only when asked for (see <see cref="KhmerSegmenter.Segment(ReadOnlySpan{char}, List{WordSpan}, bool)"/>).</summary>
    Punctuation,
}
