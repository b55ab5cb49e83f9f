using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Jixiao.Storage.Saving;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// Uploads: a document (or a zip of documents) read into an evaluation with the source of every value, kept in
/// web_uploads until the user has confirmed or corrected the values on the review page; then saved as a revision with
/// the original file.
/// </summary>
internal sealed partial class BureauService
{
    /// <summary>What may be uploaded: the documents Jixiao reads, the interchange JSON, and a zip of them.</summary>
    public static IReadOnlySet<string> UploadTypes { get; } = new HashSet<string>(BatchItem.Readable.Append(".json").Append(".zip"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the upload and keeps it for review; or says why it cannot be read.</summary>
    public async Task<(Upload? Upload, string? Problem)> Receive(Viewer viewer, EvaluationFacts facts, string fileName, byte[] content, BureauSettings settings,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settings);
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name);
        if (!UploadTypes.Contains(extension))
        {
            return (null, $"不能读取「{extension}」文件：请上传 Word、PDF、Excel、文本、交换格式 JSON 或它们的 zip 压缩包");
        }

        var options = new ExtractionOptions { Provenance = true, Rules = await settings.Rules(cancellation).ConfigureAwait(false), MaxBytes = content.Length + 1, Timeout = TimeSpan.FromSeconds(60) };
        var (evaluation, source, problem) = extension.Equals(".zip", StringComparison.OrdinalIgnoreCase)
            ? await FromZip(content, facts, options, cancellation).ConfigureAwait(false)
            : await Read(name, content, options, cancellation).ConfigureAwait(false);
        if (evaluation is null)
        {
            return (null, problem);
        }

        var upload = new Upload(facts.Id, viewer.UserId, source!.Value.Name, source.Value.Content, InterchangeJson.Write(evaluation), store.Now);
        web.Uploads.Add(upload);
        await web.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return (upload, null);
    }

    /// <summary>An upload of this evaluation by this user, or null.</summary>
    public async Task<Upload?> FindUpload(Viewer viewer, EvaluationFacts facts, long uploadId, CancellationToken cancellation = default) =>
        await web.Uploads.FirstOrDefaultAsync(u => u.Id == uploadId && u.EvaluationId == facts.Id && u.UserId == viewer.UserId, cancellation).ConfigureAwait(false);

    /// <summary>Saves the reviewed values as a new revision with the original file, and drops the upload.</summary>
    public async Task<SaveOutcome> Confirm(Viewer viewer, EvaluationFacts facts, Upload upload, Evaluation reviewed, BureauSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var outcome = await Save(viewer, facts, reviewed, settings, facts.Revision, "上传并核对", new OriginalFile(upload.FileName, upload.Content), cancellation).ConfigureAwait(false);
        if (outcome is SaveOutcome.Saved)
        {
            web.Uploads.Remove(upload);
            await web.SaveChangesAsync(cancellation).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<(Evaluation?, (string Name, byte[] Content)?, string?)> Read(string name, byte[] content, ExtractionOptions options, CancellationToken cancellation)
    {
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var text = System.Text.Encoding.UTF8.GetString(content);
            var read = InterchangeJson.Read(text);
            return read.Value is { } value ? (value, (name, content), null) : (null, null, string.Join("；", read.Errors.Select(e => e.ToString())));
        }

        var result = await DocumentImporter.ImportAsync(content, name, options, readers, cancellation).ConfigureAwait(false);
        return result.Evaluation is { } evaluation ? (evaluation, (name, content), null) : (null, null, result.Problem);
    }

    /// <summary>The document of the zip for this evaluation: the first that reads and names its year, else the first that reads.</summary>
    private async Task<(Evaluation?, (string Name, byte[] Content)?, string?)> FromZip(byte[] content, EvaluationFacts facts, ExtractionOptions options, CancellationToken cancellation)
    {
        using var zip = BatchInput.OpenZip(new MemoryStream(content));
        (Evaluation?, (string, byte[])?, string?) first = (null, null, "压缩包里没有能读取的报告");
        foreach (var item in BatchInput.FromZip(zip, options).Where(i => i.Read is not null))
        {
            var read = await Read(item.Name, item.Read!(), options, cancellation).ConfigureAwait(false);
            if (read.Item1 is { } evaluation && evaluation.Year == facts.Year)
            {
                return read;
            }

            if (read.Item1 is not null && first.Item1 is null)
            {
                first = read;
            }
        }

        return first;
    }
}
