using System.Globalization;
using System.Resources;

namespace AiGovKh.Web.Editor;

/// <summary>The editor's UI strings (EditorText.resx in English, EditorText.km.resx in Khmer).</summary>
public sealed class EditorText
{
    private static readonly ResourceManager Resources = new("AiGovKh.Web.Editor.EditorText", typeof(EditorText).Assembly);

    /// <summary>The string for the current UI culture; the key itself when missing, so a gap is visible, not fatal.</summary>
    public string this[string key] => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>For tests: the string in a given culture, or null when the resource has no such key.</summary>
    internal static string? Lookup(string key, CultureInfo culture) => Resources.GetString(key, culture);

    internal static ResourceSet? Set(CultureInfo culture) => Resources.GetResourceSet(culture, true, false);
}
