using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Tests.Content;

public class AudienceTierTests
{
    [Theory]
    [InlineData("public", AudienceTier.Public)]
    [InlineData("Students", AudienceTier.Students)]
    [InlineData(" policymakers ", AudienceTier.Policymakers)]
    public void TryParse_accepts_front_matter_keys(string key, AudienceTier expected)
    {
        Assert.True(AudienceTiers.TryParse(key, out var tier));
        Assert.Equal(expected, tier);
    }

    [Fact]
    public void TryParse_rejects_unknown_key()
    {
        Assert.False(AudienceTiers.TryParse("teachers", out _));
    }

    [Fact]
    public void Split_lists_each_flag_in_canonical_order()
    {
        var tiers = AudienceTier.Leaders | AudienceTier.Public;
        Assert.Equal([AudienceTier.Public, AudienceTier.Leaders], tiers.Split());
    }
}
