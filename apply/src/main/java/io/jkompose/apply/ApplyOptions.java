package io.jkompose.apply;

/**
 * How {@code apply} behaves.
 *
 * @param forceConflicts take over fields another field manager owns, instead of failing on them
 * @param dryRun         send nothing that changes the cluster
 * @param prune          delete what this project owns that the conversion no longer makes
 */
public record ApplyOptions(boolean forceConflicts, DryRun dryRun, boolean prune) {

    /** The field manager of everything jkompose applies (shown in managedFields and in conflicts). */
    public static final String FIELD_MANAGER = "jkompose";

    public enum DryRun {
        NONE,
        /** Nothing is sent but reads: each object is reported as it would be created or configured. */
        CLIENT,
        /** Each apply is sent with dryRun=All: the server validates, admits and defaults, and stores nothing. */
        SERVER
    }

    public ApplyOptions {
        dryRun = dryRun == null ? DryRun.NONE : dryRun;
    }
}
