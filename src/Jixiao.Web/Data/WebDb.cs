using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Data;

/// <summary>
/// The web app's own tables, in the bureau's database beside Storage's: Identity's users and roles, the data-protection
/// keys (so that every instance decrypts every instance's cookies), the workflow, uploads waiting for review and the
/// bureau's settings. Its migrations keep their own history table, apart from Storage's; one set per provider, as Storage does.
/// </summary>
internal abstract class WebDb(DbContextOptions options) : IdentityDbContext<WebUser>(options), IDataProtectionKeyContext
{
    public const string HistoryTable = "__web_migrations";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<WorkflowEntry> Workflow => Set<WorkflowEntry>();

    public DbSet<WorkflowEvent> WorkflowEvents => Set<WorkflowEvent>();

    public DbSet<Upload> Uploads => Set<Upload>();

    public DbSet<StoredSetting> Settings => Set<StoredSetting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<WebUser>().Property(u => u.DisplayName).HasMaxLength(64);
        builder.Entity<WorkflowEntry>(entry =>
        {
            entry.ToTable("web_workflow");
            entry.HasKey(e => e.EvaluationId);
            entry.Property(e => e.EvaluationId).ValueGeneratedNever();
            entry.Property(e => e.State).HasMaxLength(16);
        });
        builder.Entity<WorkflowEvent>(e =>
        {
            e.ToTable("web_workflow_events");
            e.HasIndex(w => w.EvaluationId);
            e.Property(w => w.Action).HasMaxLength(16);
            e.Property(w => w.State).HasMaxLength(16);
        });
        builder.Entity<Upload>(upload =>
        {
            upload.ToTable("web_uploads");
            upload.HasIndex(u => u.EvaluationId);
        });
        builder.Entity<StoredSetting>(setting =>
        {
            setting.ToTable("web_settings");
            setting.HasKey(s => s.Key);
        });
        builder.Entity<DataProtectionKey>().ToTable("web_data_protection_keys");

        // The web's own tables read like Storage's (snake_case); Identity's keep the names its documentation uses.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.GetTableName()?.StartsWith("web_", StringComparison.Ordinal) == true))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Storage.JixiaoDb.SnakeCase(property.Name));
            }
        }
    }
}
