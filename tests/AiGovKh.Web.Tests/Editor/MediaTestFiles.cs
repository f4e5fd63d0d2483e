using System.Net.Http.Headers;
using System.Text;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>Small distinct files and the upload form, for the media access and ownership tests.</summary>
internal static class MediaTestFiles
{
    /// <summary>A minimal PDF whose bytes (and so SHA-256) differ by <paramref name="marker"/>.</summary>
    public static byte[] Pdf(string marker) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string action = "/editor/media", string page = "/editor/media")
    {
        var token = await client.AntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(file, "Upload", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(action, form, TestContext.Current.CancellationToken);
    }

    /// <summary>Uploads and returns the new asset's id (from the redirect to its page).</summary>
    public static async Task<int> UploadIdAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var response = await UploadAsync(client, bytes, fileName);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> AttachAsync(HttpClient client, int itemId, int assetId, string role = "Attachment") =>
        await client.PostFormAsync($"/editor/items/{itemId}", $"/editor/items/{itemId}?handler=Attach", new()
        {
            ["MediaAssetId"] = assetId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["MediaRole"] = role,
        });
}
