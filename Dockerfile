# Multi-stage build of the hub: build and publish in Release with the SDK, run on the ASP.NET runtime.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files only, so the package layer is cached between code changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/AiGovKh.Khmer/AiGovKh.Khmer.csproj src/AiGovKh.Khmer/
COPY src/AiGovKh.Search/AiGovKh.Search.csproj src/AiGovKh.Search/
COPY src/AiGovKh.Cms/AiGovKh.Cms.csproj src/AiGovKh.Cms/
COPY src/AiGovKh.Web/AiGovKh.Web.csproj src/AiGovKh.Web/
COPY themes/default/AiGovKh.Themes.Default.csproj themes/default/
RUN dotnet restore src/AiGovKh.Web/AiGovKh.Web.csproj

COPY src/ src/
COPY themes/ themes/
RUN dotnet publish src/AiGovKh.Web/AiGovKh.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The hub's own bilingual material, imported on start.
COPY content/ ./content/

# Headless Chromium prints lesson and course PDFs from the print view (it shapes Khmer correctly).
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-noto-core \
    && rm -rf /var/lib/apt/lists/*

# Data (database, caches) lives in a volume owned by the image's non-root user.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data

# Behind a TLS-terminating proxy: trust X-Forwarded-Proto/For so Secure cookies and client IPs (rate limits) work.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    ASPNETCORE_ENVIRONMENT=Production \
    Hub__DataDirectory=/data \
    Hub__ContentDirectory=/app/content \
    Downloads__ChromiumPath=/usr/bin/chromium
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "AiGovKh.Web.dll"]
