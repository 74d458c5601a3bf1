package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.MountPlan;
import io.jkompose.converters.plan.StoragePlan;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code volumes} as its {@link StoragePlan} says (tmpfs ones are {@link TmpfsStep}'s):
 * for each entry the container's mount and the pod volume, and the objects made for it — a shared
 * claim, a ConfigMap of project files. A StatefulSet's per-replica claims are its
 * {@code volumeClaimTemplates} (the StatefulSet step's): mounted here, but neither a pod volume
 * nor an object. What the plan skipped it has reported; nothing is decided here.
 */
public final class VolumesStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        for (MountPlan planned : context.plan().storage().mounts()) {
            if (planned instanceof MountPlan.Claim claim) {
                claim(context, claim);
            } else if (planned instanceof MountPlan.EmptyDir emptyDir) {
                mount(context, emptyDir);
                context.addPodVolume(new VolumeBuilder().withName(emptyDir.name()).withNewEmptyDir().endEmptyDir()
                        .build());
            } else if (planned instanceof MountPlan.HostPath hostPath) {
                mount(context, hostPath);
                context.addPodVolume(new VolumeBuilder().withName(hostPath.name()).withNewHostPath()
                        .withPath(hostPath.path()).endHostPath().build());
            } else if (planned instanceof MountPlan.ProjectFiles files) {
                projectFiles(context, files);
            }
            // MountPlan.Skipped: nothing, as reported
        }
    }

    private static void claim(ServiceContext context, MountPlan.Claim claim) {
        mount(context, claim);
        if (claim.perReplica()) {
            return; // a volumeClaimTemplate of the StatefulSet
        }
        context.addPodVolume(new VolumeBuilder()
                .withName(claim.name())
                .withNewPersistentVolumeClaim()
                .withClaimName(claim.name())
                .withReadOnly(claim.readOnly() ? Boolean.TRUE : null)
                .endPersistentVolumeClaim()
                .build());
        if (claim.sharedObject()) {
            context.addObject(VolumeClaims.claim(claim));
        }
    }

    private static void projectFiles(ServiceContext context, MountPlan.ProjectFiles files) {
        List<ConfigMapData.Entry> entries = ConfigMapData.entries(
                files.files().stream().map(MountPlan.ProjectFile::name).toList(),
                files.files().stream().map(MountPlan.ProjectFile::content).toList());
        ConfigMapBuilder configMap = new ConfigMapBuilder()
                .withNewMetadata()
                .withName(files.name())
                .addToLabels(ServiceContext.SELECTOR_LABEL, context.workloadName())
                .endMetadata();
        List<KeyToPath> items;
        if (files.singleFile() != null) {
            // One file mounted where Compose puts it, beside what the image has in that folder.
            items = List.of(new KeyToPathBuilder().withKey(entries.get(0).key()).withPath(files.singleFile()).build());
            configMap.editMetadata().withAnnotations(Map.of("use-subpath", "true")).endMetadata();
        } else {
            items = ConfigMapData.items(entries);
        }
        context.addObject(ConfigMapData.fill(configMap, entries).build());
        mount(context, files);
        context.addPodVolume(new VolumeBuilder()
                .withName(files.name())
                .withNewConfigMap().withName(files.name()).withItems(items).endConfigMap()
                .build());
    }

    private static void mount(ServiceContext context, MountPlan planned) {
        MountPlan.Mount mount = planned.mount();
        context.container().addToVolumeMounts(new VolumeMountBuilder()
                .withName(planned.volumeName())
                .withMountPath(mount.target())
                .withReadOnly(mount.readOnly() ? Boolean.TRUE : null)
                .withSubPath(mount.subPath())
                .build());
    }
}
