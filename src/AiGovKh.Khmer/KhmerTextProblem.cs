namespace AiGovKh.Khmer;

/// <summary>A problem found in Khmer text by <see cref="KhmerTextCheck"/>.</summary>
/// <param name="Offset">UTF-16 offset of the problem in the checked string.</param>
/// <param name="Rule">Stable rule id: <c>zero-width-space</c>, <c>zero-width-joiner</c>, <c>byte-order-mark</c>,
/// <c>soft-hyphen</c>, <c>lone-coeng</c>, <c>vowel-without-base</c>, <c>invalid-surrogate</c>,
/// <c>mark-order</c>, <c>deprecated-character</c>.</param>
/// <param name="Message">English explanation for editors.</param>
public sealed record KhmerTextProblem(int Offset, string Rule, string Message);
