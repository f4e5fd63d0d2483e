namespace AiGovKh.Cms.Import;

/// <summary>Collects problems while reading; knows whether a given file has errors.</summary>
internal sealed class ProblemList
{
    private readonly List<ImportProblem> _items = [];

    public IReadOnlyList<ImportProblem> Items => _items;

    public void Error(string file, int? line, string rule, string message) =>
        Add(new ImportProblem(file, line, rule, message, ProblemSeverity.Error));

    public void Warning(string file, int? line, string rule, string message) =>
        _items.Add(new ImportProblem(file, line, rule, message, ProblemSeverity.Warning));

    public void Add(ImportProblem problem)
    {
        _items.Add(problem);
        if (problem.Severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }
    }

    /// <summary>How many errors so far; compare before and after a step to know whether it failed.</summary>
    public int ErrorCount { get; private set; }
}
