using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// Follows the change feed and builds the packs and PDFs of lessons and courses that were just published, in the
/// background, so publishing never waits for Chromium and the first teacher gets a ready file. Runs when Chromium
/// is configured, for each origin of <see cref="PdfOrigins"/> (<c>Api:PublicBaseUrl</c>, or without it the origins
/// readers used); an origin seen for the first time starts from the beginning of the change feed.
/// </summary>
internal sealed class PdfPrebuilder(
    IServiceScopeFactory scopes, IOptions<DownloadOptions> downloads, PdfOrigins origins, ILogger<PdfPrebuilder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!downloads.Value.PdfEnabled)
        {
            return;
        }
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(downloads.Value.PrebuildIntervalSeconds));
        do
        {
            try
            {
                foreach (var origin in origins.Current)
                {
                    seen[origin] = await BuildAfterAsync(seen.GetValueOrDefault(origin), origin, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Building downloads in the background failed; they will be built on first request.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<long> BuildAfterAsync(long seen, string origin, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var packs = scope.ServiceProvider.GetRequiredService<TeacherPacks>();
        var changed = await db.ChangeFeed.AsNoTracking().Where(c => c.Sequence > seen).OrderBy(c => c.Sequence)
            .Select(c => new { c.Sequence, c.ContentItemId }).Take(200).ToListAsync(ct);
        if (changed.Count == 0)
        {
            return seen;
        }
        var ids = changed.Select(c => c.ContentItemId).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id) && (i.Type == ContentType.Lesson || i.Type == ContentType.Course))
            .Select(i => new { i.Slug, i.Type, CourseSlug = i.Course == null ? null : i.Course.Slug }).ToListAsync(ct);
        foreach (var item in items)
        {
            foreach (var locale in Locales.All)
            {
                await packs.PdfAsync(item.Type, item.Slug, locale, origin, ct);
                if (item.CourseSlug is { } course)
                {
                    await packs.PdfAsync(ContentType.Course, course, locale, origin, ct);
                }
            }
        }
        return changed[^1].Sequence;
    }
}
