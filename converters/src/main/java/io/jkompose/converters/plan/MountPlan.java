package io.jkompose.converters.plan;

import java.util.List;

/**
 * What one entry of a service's {@code volumes} becomes, decided once by the plan: a claim, an
 * emptyDir, the node's folder, a ConfigMap of project files, or nothing. Each but the last is a
 * pod volume that the service's container mounts; what could not be followed has been reported
 * when the plan was made, so the build steps only emit what it says.
 */
public sealed interface MountPlan permits MountPlan.Claim, MountPlan.EmptyDir, MountPlan.HostPath,
        MountPlan.ProjectFiles, MountPlan.Skipped {

    /** The name of the pod volume the container mounts (a claim's, a ConfigMap's ...); null when skipped. */
    String volumeName();

    /** How the container mounts it; null when skipped. */
    Mount mount();

    /**
     * The container's mount of the pod volume.
     *
     * @param target   where, in the container
     * @param readOnly mounted read-only
     * @param subPath  the folder (or file) of the volume mounted there: the {@code kompose.volume.subpath}
     *                 label, else the entry's own; null for the whole volume
     */
    record Mount(String target, boolean readOnly, String subPath) {
    }

    /**
     * A PersistentVolumeClaim: of a named volume (named after it), of an anonymous volume, or of a
     * bind mount whose files the project does not have ({@code <service>-claim<n>}).
     *
     * @param name         the claim's name, which is also the pod volume's
     * @param size         the storage it requests (a checked Kubernetes quantity); null for an external claim
     * @param storageClass its storage class; null for the cluster's default (and for an external claim)
     * @param selector     it binds only volumes labelled {@code io.kompose.service: <selector>}; or null
     * @param accessMode   {@code ReadWriteOnce}, {@code ReadOnlyMany} when every service mounts the
     *                     volume read-only, or what the volume's {@code jkompose.volume.access-mode}
     *                     label says; null for an external claim
     * @param readOnly     the pod refers to the claim read-only
     * @param perReplica   a StatefulSet's claim, one per replica ({@code volumeClaimTemplates}): no
     *                     object of its own, and no pod volume
     * @param external     a claim that exists already (an external volume): mounted, not created
     */
    record Claim(String name, String size, String storageClass, String selector, String accessMode,
            boolean readOnly, boolean perReplica, boolean external, Mount mount) implements MountPlan {

        public static final String READ_WRITE_ONCE = "ReadWriteOnce";
        public static final String READ_ONLY_MANY = "ReadOnlyMany";

        public Claim {
            if (perReplica && external) {
                throw new IllegalArgumentException("an external claim is shared, not made per replica: " + name);
            }
        }

        @Override
        public String volumeName() {
            return name;
        }

        /** Whether the conversion writes the claim as an object of its own (shared by the pods). */
        public boolean sharedObject() {
            return !external && !perReplica;
        }
    }

    /** An emptyDir: a folder that lives as long as the pod. */
    record EmptyDir(String name, Mount mount) implements MountPlan {

        @Override
        public String volumeName() {
            return name;
        }
    }

    /** The node's own folder ({@code --volumes hostPath}). */
    record HostPath(String name, String path, Mount mount) implements MountPlan {

        @Override
        public String volumeName() {
            return name;
        }
    }

    /**
     * A bind mount of a file or a folder of the project → a ConfigMap of its files, named as the pod volume.
     *
     * @param name       the ConfigMap's name, which is also the pod volume's
     * @param files      the files, in the order of their names (a folder's own files only)
     * @param singleFile for a bind-mounted file: its name in the volume (the target's file name),
     *                   mounted there alone with {@code subPath}; null for a folder
     */
    record ProjectFiles(String name, List<ProjectFile> files, String singleFile, Mount mount) implements MountPlan {

        public ProjectFiles {
            files = List.copyOf(files);
        }

        @Override
        public String volumeName() {
            return name;
        }
    }

    /**
     * A file of the project, read.
     *
     * @param name    its name in the project's folder
     * @param content its bytes (not copied: nothing changes them)
     */
    record ProjectFile(String name, byte[] content) {
    }

    /**
     * Nothing: the entry is left out (a host socket, host files mounted read-only, files that cannot
     * be read, a volume type Kubernetes has no counterpart for), as the plan has reported.
     *
     * @param reason why, in a few words
     */
    record Skipped(String reason) implements MountPlan {

        @Override
        public String volumeName() {
            return null;
        }

        @Override
        public Mount mount() {
            return null;
        }
    }
}
