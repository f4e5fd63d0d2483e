using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Import;

namespace AiGovKh.Content.Tests;

/// <summary>Images exist, are images the hub accepts, and have alt text in both languages; attachments exist and have titles.</summary>
public partial class MediaTests
{
    /// <summary>
    /// A shared image needs alt text in both km.md and en.md. A language version of an image,
    /// named <c>name.km.png</c> / <c>name.en.png</c>, needs alt text in its own language and a
    /// counterpart for the other language (with alt text there), so both readers get the picture.
    /// </summary>
    [Fact]
    public void Every_image_has_alt_text_in_both_languages()
    {
        var problems = new List<string>();
        foreach (var item in ContentFixture.Items)
        {
            var images = item.Media.Where(m => m.Role == MediaRole.Image).ToDictionary(m => m.Name, StringComparer.Ordinal);
            foreach (var image in images.Values)
            {
                var variant = LocaleVariant().Match(image.Name);
                if (variant.Success)
                {
                    var locale = variant.Groups["locale"].Value;
                    var other = Locales.Other(locale);
                    var counterpart = $"{variant.Groups["base"].Value}.{other}.{variant.Groups["ext"].Value}";
                    if (!HasAlt(image, locale))
                    {
                        problems.Add($"{item.Folder}/{image.Name}: no alt text in {locale}.md");
                    }
                    if (item.Locales.ContainsKey(other) && !(images.TryGetValue(counterpart, out var twin) && HasAlt(twin, other)))
                    {
                        problems.Add($"{item.Folder}/{image.Name}: {other}.md needs the counterpart {counterpart} with alt text");
                    }
                    continue;
                }
                problems.AddRange(item.Locales.Keys
                    .Where(l => !HasAlt(image, l))
                    .Select(l => $"{item.Folder}/{image.Name}: no alt text in {l}.md (images: [{{file, alt}}])"));
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [GeneratedRegex(@"^(?<base>.+)\.(?<locale>km|en)\.(?<ext>png|jpe?g|webp|gif)$", RegexOptions.IgnoreCase)]
    private static partial Regex LocaleVariant();

    private static bool HasAlt(MediaSource image, string locale) =>
        image.Alt.TryGetValue(locale, out var alt) && !string.IsNullOrWhiteSpace(alt);

    [Fact]
    public void Every_image_a_body_shows_is_a_listed_file_of_the_item()
    {
        var problems = new List<string>();
        foreach (var item in ContentFixture.Items)
        {
            var listed = item.Media.Where(m => m.Role == MediaRole.Image).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var source in item.Locales.Values)
            {
                problems.AddRange((source.Rendered?.Images ?? [])
                    .Where(name => !listed.Contains(name) || !File.Exists(Path.Combine(ContentFixture.ContentDirectory, item.Folder, name)))
                    .Select(name => $"{source.File}: shows '{name}', which is not listed under images: or does not exist"));
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Images_are_real_images_of_a_reasonable_size()
    {
        var problems = new List<string>();
        foreach (var item in ContentFixture.Items)
        {
            foreach (var image in item.Media.Where(m => m.Role == MediaRole.Image))
            {
                if (!image.Type.IsImage || image.Image is null)
                {
                    problems.Add($"{image.File}: not an image the hub accepts");
                }
                if (image.Bytes.Length > 300 * 1024)
                {
                    problems.Add($"{image.File}: {image.Bytes.Length / 1024} KB; keep images small (diagrams under 60 KB)");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Attachments_exist_and_have_a_title_in_the_language_that_lists_them()
    {
        var problems = new List<string>();
        foreach (var item in ContentFixture.Items)
        {
            foreach (var attachment in item.Media.Where(m => m.Role == MediaRole.Attachment))
            {
                if (attachment.Bytes.Length == 0)
                {
                    problems.Add($"{attachment.File}: empty attachment");
                }
                if (attachment.Title.Count == 0 || attachment.Title.Values.Any(string.IsNullOrWhiteSpace))
                {
                    problems.Add($"{attachment.File}: needs a title");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
