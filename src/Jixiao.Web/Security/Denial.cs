namespace Jixiao.Web.Security;

/// <summary>Why an evaluation may not be used as asked: with the HTTP status and a message in Chinese.</summary>
internal sealed record Denial(int Status, string Title, string Detail)
{
    /// <summary>Not there, or not the viewer's to see: the two look the same from outside, so nobody learns what other departments have.</summary>
    public static Denial NotFound { get; } = new(StatusCodes.Status404NotFound, "未找到", "没有这份自评，或您无权查看");
}
