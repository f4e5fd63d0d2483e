using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// Stores instants as UTC ticks so that SQLite and PostgreSQL both sort and compare them
/// in the database (SQLite has no DateTimeOffset type).
/// </summary>
public sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
