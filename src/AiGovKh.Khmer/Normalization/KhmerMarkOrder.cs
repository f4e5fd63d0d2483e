using AiGovKh.Khmer.Clusters;

namespace AiGovKh.Khmer.Normalization;

/// <summary>
/// Puts the marks of one Khmer cluster in canonical order so that the spellings typists produce for
/// the same visible syllable compare equal: base, subscripts (coeng + letter; subscript RO last),
/// register shifter, robat, dependent vowel, signs. Split vowels typed in two parts are composed
/// (េ + ា → ោ, េ + ី → ើ) and a vowel or sign typed twice is kept once.
/// </summary>
internal static class KhmerMarkOrder
{
    private const int MaxUnits = 16;

    /// <summary>Rewrites the marks that follow the base at <paramref name="buffer"/>[start..end) in place; returns the new end.</summary>
    public static int Reorder(Span<char> buffer, int start, int end)
    {
        int count = 0;
        Span<int> unitStart = stackalloc int[MaxUnits];
        Span<int> unitLength = stackalloc int[MaxUnits];
        Span<int> unitKey = stackalloc int[MaxUnits];
        int i = start;
        while (i < end)
        {
            if (count == MaxUnits) return end; // pathological run of marks: leave as typed
            int length = buffer[i] == KhmerChar.Coeng && i + 1 < end && KhmerChar.IsBase(buffer[i + 1]) ? 2 : 1;
            unitStart[count] = i;
            unitLength[count] = length;
            unitKey[count] = Key(buffer, i, length);
            count++;
            i += length;
        }
        if (count == 0) return end;

        Span<int> order = stackalloc int[count];
        for (int u = 0; u < count; u++) order[u] = u;
        for (int u = 1; u < count; u++) // stable insertion sort: clusters are short
        {
            int current = order[u];
            int v = u - 1;
            while (v >= 0 && unitKey[order[v]] > unitKey[current])
            {
                order[v + 1] = order[v];
                v--;
            }
            order[v + 1] = current;
        }

        Span<char> scratch = stackalloc char[end - start];
        int written = 0;
        for (int u = 0; u < count; u++)
        {
            int unit = order[u];
            var source = buffer.Slice(unitStart[unit], unitLength[unit]);
            if (written > 0 && unitLength[unit] == 1 && unitKey[unit] >= KeyShifter)
            {
                char previous = scratch[written - 1];
                char current = source[0];
                if (previous == current) continue; // typed twice, drawn once
                if (previous == '\u17C1' && current == '\u17B6') { scratch[written - 1] = '\u17C4'; continue; }
                if (previous == '\u17C1' && current == '\u17B8') { scratch[written - 1] = '\u17BE'; continue; }
            }
            source.CopyTo(scratch[written..]);
            written += source.Length;
        }
        scratch[..written].CopyTo(buffer[start..]);
        return start + written;
    }

    private const int KeySubscript = 1, KeySubscriptRo = 2, KeyShifter = 3, KeyRobat = 4, KeyVowel = 5, KeySign = 6, KeyLoneCoeng = 7;

    private static int Key(ReadOnlySpan<char> buffer, int i, int length)
    {
        if (length == 2) return buffer[i + 1] == '\u179A' ? KeySubscriptRo : KeySubscript;
        return KhmerChar.Kind(buffer[i]) switch
        {
            KhmerCharKind.RegisterShifter => KeyShifter,
            KhmerCharKind.Robat => KeyRobat,
            KhmerCharKind.DependentVowel => KeyVowel,
            KhmerCharKind.Coeng => KeyLoneCoeng,
            _ => KeySign,
        };
    }
}
