using Jixiao.Domain.Interchange;

namespace Jixiao.Import.Tests.Documents;

/// <summary>A document imported as a user would (`DocumentImporter`), checked against a facts file as the text is in FactsFiles.</summary>
internal static class ImportedFacts
{
    public static FactsCheckResult Check(string folder, string factsFile, byte[] document, string fileName)
    {
        var result = DocumentImporter.Import(document, fileName, new ExtractionOptions());
        Assert.True(result.Evaluation is not null, $"{fileName} was not read: {result.Problem}");
        return FactsCheck.Run(File.ReadAllText(Path.Combine(folder, factsFile)), InterchangeJson.Write(result.Evaluation));
    }
}
