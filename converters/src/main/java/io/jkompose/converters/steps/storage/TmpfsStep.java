package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tmpfs mounts (the {@code tmpfs} key and {@code type: tmpfs} volumes) → memory-backed emptyDir
 * volumes. A size becomes the emptyDir's {@code sizeLimit}; other tmpfs options (mode, uid ...)
 * have no Kubernetes counterpart and are reported. The {@code tmpfs} key's volumes are named
 * {@code <service>-tmpfs<n>} as kompose names them.
 */
public final class TmpfsStep implements ServiceConversionStep {

    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmgKMG]?)[bB]?");

    @Override
    public Set<String> handledKeys() {
        return Set.of("tmpfs");
    }

    @Override
    public void apply(ServiceContext context) {
        List<String> entries = context.service().storage().tmpfs();
        for (int index = 0; index < entries.size(); index++) {
            String entry = entries.get(index);
            int colon = entry.indexOf(':');
            String path = colon < 0 ? entry : entry.substring(0, colon);
            Quantity size = colon < 0 ? null : options(context, entry.substring(colon + 1), path);
            mount(context, KubernetesNames.label(context.name() + "-tmpfs" + index), path, size, false);
        }
        List<ServiceVolume> volumes = context.service().storage().volumes();
        for (int index = 0; index < volumes.size(); index++) {
            ServiceVolume volume = volumes.get(index);
            if (volume.type() != ServiceVolume.Type.TMPFS) {
                continue;
            }
            if (volume.tmpfsMode() != null) {
                unconvertedOption(context, "mode", volume.target(), location(context, volume));
            }
            Quantity size = volume.tmpfsSize() == null ? null : new Quantity(bytes(volume.tmpfsSize()));
            mount(context, KubernetesNames.label(context.name() + "-tmpfs-volume" + index), volume.target(), size,
                    volume.readOnly());
        }
    }

    /** A byte count with the largest binary suffix that divides it: 33554432 → 32Mi. */
    static String bytes(long bytes) {
        String[] suffixes = {"", "Ki", "Mi", "Gi", "Ti"};
        int suffix = 0;
        long value = bytes;
        while (value != 0 && value % 1024 == 0 && suffix < suffixes.length - 1) {
            value /= 1024;
            suffix++;
        }
        return value + suffixes[suffix];
    }

    private static void mount(ServiceContext context, String name, String path, Quantity size, boolean readOnly) {
        context.container().addToVolumeMounts(new VolumeMountBuilder()
                .withName(name)
                .withMountPath(path)
                .withReadOnly(readOnly ? Boolean.TRUE : null)
                .build());
        context.addPodVolume(new VolumeBuilder()
                .withName(name)
                .withNewEmptyDir()
                .withMedium("Memory")
                .withSizeLimit(size)
                .endEmptyDir()
                .build());
    }

    /** The size among comma-separated tmpfs options ({@code size=64m,mode=1770}); the rest is reported. */
    private static Quantity options(ServiceContext context, String options, String path) {
        Quantity size = null;
        for (String option : options.split(",")) {
            String trimmed = option.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher matcher = trimmed.startsWith("size=") ? SIZE.matcher(trimmed.substring(5)) : null;
            if (matcher != null && matcher.matches()) {
                String unit = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
                    case "k" -> "Ki";
                    case "m" -> "Mi";
                    case "g" -> "Gi";
                    default -> "";
                };
                size = new Quantity(matcher.group(1) + unit);
            } else {
                String name = trimmed.contains("=") ? trimmed.substring(0, trimmed.indexOf('=')) : trimmed;
                unconvertedOption(context, name, path, context.locationOf("tmpfs"));
            }
        }
        return size;
    }

    private static void unconvertedOption(ServiceContext context, String option, String path, SourceLocation location) {
        context.warn(ConverterCode.UNCONVERTED_VALUE, location,
                "tmpfs option '" + option + "' of '" + path + "' in service '" + context.service().name()
                        + "' is not converted: a memory-backed emptyDir only has a size limit", null);
    }

    private static SourceLocation location(ServiceContext context, ServiceVolume volume) {
        return volume.location() != null ? volume.location() : context.locationOf("volumes");
    }
}
