using Jixiao.Import.Tests.Documents.Fixtures;
using Jixiao.Import.Text;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// The benchmark's PDFs: the seed reports and the test corpus written as Word documents by the tests' own converter
/// and printed to PDF by LibreOffice (as departments export them), repeated under new names up to the count.
/// Made once and kept in the temporary folder, keyed by count, since LibreOffice takes a minute for them.
/// </summary>
internal static class PdfFolder
{
    public static string Prepare(string root, int count, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), Invariant($"jixiao-bench-pdfs-{count}"));
        if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.pdf").Length == count)
        {
            return folder;
        }

        output.WriteLine("making the PDFs once (Word documents, then LibreOffice) …");
        var sources = RepoFiles.Files(root, "*.txt", Path.Combine("..", "shared", "seeds"), Path.Combine("tests", "Jixiao.Import.Tests", "Corpus"));
        var work = Directory.CreateTempSubdirectory("jixiao-bench-docx-");
        try
        {
            var documents = sources.Select((source, i) =>
            {
                var docx = Path.Combine(work.FullName, Invariant($"{i:D3}.docx"));
                File.WriteAllBytes(docx, MarkdownDocx.Write(TextDecoder.Decode(File.ReadAllBytes(source)).Text!)); // one corpus report is GB18030
                return docx;
            }).ToList();
            Soffice.Convert(documents, work.FullName, TimeSpan.FromMinutes(10));

            var made = Directory.CreateDirectory(folder + ".partial");
            for (var i = 0; i < count; i++)
            {
                File.Copy(Path.ChangeExtension(documents[i % documents.Count], ".pdf"), Path.Combine(made.FullName, Invariant($"report-{i:D4}.pdf")), overwrite: true);
            }

            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            made.MoveTo(folder);
            return folder;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
