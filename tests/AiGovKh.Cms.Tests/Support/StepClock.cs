namespace AiGovKh.Cms.Tests.Support;

/// <summary>A clock that moves one second each time it is read, so two identical runs see identical times.</summary>
public sealed class StepClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly Lock _gate = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            _now = _now.AddSeconds(1);
            return _now;
        }
    }
}
