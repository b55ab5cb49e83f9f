namespace Jixiao.Web.Security;

/// <summary>What a page or an API call wants to do with an evaluation.</summary>
internal enum Need
{
    /// <summary>See it, its history, its documents.</summary>
    Read,

    /// <summary>Save a new revision, upload a document into it.</summary>
    Edit,

    /// <summary>Hand it to the bureau.</summary>
    Submit,

    /// <summary>Approve or return it, adjust its score.</summary>
    Review,

    /// <summary>Publish an approved evaluation.</summary>
    Publish,
}
