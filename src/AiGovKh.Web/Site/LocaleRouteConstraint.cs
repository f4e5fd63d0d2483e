using AiGovKh.Cms.Content;

namespace AiGovKh.Web.Site;

/// <summary><c>{locale:locale}</c> matches "km" or "en" only.</summary>
public sealed class LocaleRouteConstraint : IRouteConstraint
{
    public const string Name = "locale";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Locales.IsSupported(value as string);
}
