using System.Security.Cryptography;
using System.Text;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Interchange;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// A fingerprint of what the check returns for every input (the whole checked evaluation as interchange JSON: findings
/// and rescored values), so that a change made for speed can be shown to keep the output: same digest, same output.
/// </summary>
internal static class OutputDigest
{
    public static string Describe(IReadOnlyList<CheckInput> inputs, CheckRules rules)
    {
        var findings = 0;
        var text = new StringBuilder();
        foreach (var input in inputs)
        {
            var checkedEvaluation = EvaluationChecker.Check(input.Evaluation, input.Framework, rules);
            findings += checkedEvaluation.Findings.Count;
            text.Append(input.File).Append('\n').Append(InterchangeJson.Write(checkedEvaluation));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return Invariant($"output digest: {hash[..16]} ({findings} findings over the {inputs.Count} inputs; the same digest means the same output)");
    }
}
