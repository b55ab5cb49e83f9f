using Jixiao.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Storage;

/// <summary>
/// The bureau's database. One model for both providers; each provider has its own subclass only so that its
/// migrations (Migrations/Sqlite, Migrations/Postgres) are found by context type. Tables and columns are
/// snake_case, so that SQL written by hand reads the same on SQLite and PostgreSQL.
/// </summary>
internal abstract class JixiaoDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<StoredEvaluation> Evaluations => Set<StoredEvaluation>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<StoredFinding> Findings => Set<StoredFinding>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<ReviewDecision> Reviews => Set<ReviewDecision>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public abstract StoreProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Department>(department =>
        {
            department.ToTable("departments");
            department.Property(d => d.Level).HasConversion<string>().HasMaxLength(16);
            department.HasIndex(d => d.Name).IsUnique();
            department.HasIndex(d => d.Code).IsUnique();
            department.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StoredEvaluation>(evaluation =>
        {
            evaluation.ToTable("evaluations");
            evaluation.HasIndex(e => new { e.DepartmentId, e.Year, e.Kind, e.Project }).IsUnique();
            evaluation.HasIndex(e => new { e.Year, e.Status });
            evaluation.Property(e => e.Kind).HasMaxLength(16);
            evaluation.Property(e => e.Status).HasMaxLength(16);
            evaluation.Property(e => e.CurrentRevision).IsConcurrencyToken();
            evaluation.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Revision>(revision =>
        {
            revision.ToTable("revisions");
            revision.HasIndex(r => new { r.EvaluationId, r.Number }).IsUnique();
            revision.HasIndex(r => r.FileId);
            revision.Property(r => r.Grade).HasMaxLength(4);
            revision.HasOne<StoredEvaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Restrict);
            revision.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.FileId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StoredFinding>(finding =>
        {
            finding.ToTable("findings");
            finding.HasIndex(f => new { f.RevisionId, f.Ordinal }).IsUnique();
            finding.HasIndex(f => f.Code);
            finding.Property(f => f.Severity).HasMaxLength(8);
            finding.HasOne<Revision>().WithMany().HasForeignKey(f => f.RevisionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StoredFile>(file =>
        {
            file.ToTable("files");
            file.HasIndex(f => f.Sha256).IsUnique();
            file.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        });
        modelBuilder.Entity<ReviewDecision>(review =>
        {
            review.ToTable("reviews");
            review.HasIndex(r => new { r.EvaluationId, r.Revision });
            review.Property(r => r.Outcome).HasMaxLength(16);
            review.HasOne<StoredEvaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit");
            audit.HasIndex(a => a.At);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    internal static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
