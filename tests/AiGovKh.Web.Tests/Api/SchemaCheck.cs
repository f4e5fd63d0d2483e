using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiGovKh.Web.Tests.Api;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.1 schema (the JSON Schema subset the document uses: $ref, type
/// unions, properties, required, items, additionalProperties, enum, pattern). Undeclared properties are errors
/// too, except on problem details (RFC 9457 allows extension members), so the document must describe every field.
/// </summary>
public sealed class SchemaCheck(JsonElement document)
{
    public List<string> Errors { get; } = [];

    public void Check(JsonElement value, JsonElement schema, string path, bool allowExtra = false)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            Check(value, document.GetProperty("components").GetProperty("schemas").GetProperty(name), path, allowExtra || name.Contains("ProblemDetails", StringComparison.Ordinal));
            return;
        }
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var choices))
            {
                var matches = choices.EnumerateArray().Count(choice =>
                {
                    var trial = new SchemaCheck(document);
                    trial.Check(value, choice, path, allowExtra);
                    return trial.Errors.Count == 0;
                });
                if (matches == 0 || (keyword == "oneOf" && matches > 1))
                {
                    Errors.Add($"{path}: {matches} of the {keyword} choices match");
                }
                return;
            }
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            Errors.Add($"{path}: {value.ValueKind} is not {type}");
            return;
        }
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.ToString() == value.ToString()))
        {
            Errors.Add($"{path}: '{value}' is not one of {values}");
        }
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern)
            && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            Errors.Add($"{path}: '{value}' does not match {pattern}");
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{i++}]");
            }
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, schema, path, allowExtra);
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, bool allowExtra)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    Errors.Add($"{path}: required property '{name}' is missing");
                }
            }
        }
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{path}.{property.Name}");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, $"{path}.{property.Name}");
            }
            else if (!allowExtra)
            {
                Errors.Add($"{path}: property '{property.Name}' is not in the schema");
            }
        }
    }

    private static bool TypeMatches(JsonElement value, JsonElement type)
    {
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        return names.Any(name => name switch
        {
            "null" => value.ValueKind == JsonValueKind.Null,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "array" => value.ValueKind == JsonValueKind.Array,
            "object" => value.ValueKind == JsonValueKind.Object,
            _ => false,
        });
    }
}
