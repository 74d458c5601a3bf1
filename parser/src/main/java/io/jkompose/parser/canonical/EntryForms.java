package io.jkompose.parser.canonical;

import io.jkompose.model.ExposedPort;
import io.jkompose.model.ExtraHost;
import io.jkompose.model.FileReference;
import io.jkompose.model.PortMapping;
import io.jkompose.model.ServiceVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The long form of the list entries of a service: ports, volumes, secrets and configs, expose and
 * extra_hosts. Key orders follow compose-go's {@code ServicePortConfig}, {@code ServiceVolumeConfig}
 * (with {@code ServiceVolumeBind}, {@code ServiceVolumeVolume}, {@code ServiceVolumeTmpfs}) and
 * {@code FileReferenceConfig}.
 */
final class EntryForms {

    private static final String SECRETS_DIR = "/run/secrets/";

    private EntryForms() {
    }

    /** {@code name, mode, host_ip, target, published, protocol, app_protocol}. */
    static Map<String, Object> port(PortMapping port) {
        return new Node()
                .text("name", port.name())
                // Compose gives every port, short or long syntax, the mode "ingress" unless one is set.
                .text("mode", port.mode() == null || port.mode().isEmpty() ? "ingress" : port.mode())
                .text("host_ip", port.hostIp())
                .number("target", port.target())
                .text("published", port.published())
                .text("protocol", port.protocol())
                .text("app_protocol", port.appProtocol())
                .build();
    }

    /**
     * {@code type, source, target, read_only, consistency}, then the block of the mount's type.
     *
     * <p>The model keeps no flag for "written in short syntax", so the type blocks follow the
     * loader's convention: a non-null {@code createHostPath} (the short syntax sets it to true)
     * brings the {@code bind} block, a non-null {@code noCopy} (the short syntax sets it to false)
     * brings the {@code volume} block, printed as {@code volume: {}} when it holds nothing.
     */
    static Map<String, Object> volume(ServiceVolume volume) {
        Node node = new Node()
                .text("type", volume.type().written())
                .text("source", volume.source())
                .text("target", volume.target())
                .flag("read_only", volume.readOnly())
                .text("consistency", volume.consistency());
        switch (volume.type()) {
            case BIND -> {
                boolean present = volume.createHostPath() != null || notEmpty(volume.bindPropagation())
                        || notEmpty(volume.selinux());
                if (present) {
                    node.nodeEvenEmpty("bind", new Node()
                            .text("selinux", volume.selinux())
                            .text("propagation", volume.bindPropagation())
                            .flag("create_host_path", volume.createHostPath()));
                }
            }
            case VOLUME -> {
                if (volume.noCopy() != null || notEmpty(volume.subpath())) {
                    node.nodeEvenEmpty("volume", new Node()
                            .flag("nocopy", volume.noCopy())
                            .text("subpath", volume.subpath()));
                }
            }
            case TMPFS -> node.node("tmpfs", new Node()
                    .text("size", GoValues.bytes(volume.tmpfsSize()))
                    .number("mode", volume.tmpfsMode()));
            case IMAGE -> node.node("image", new Node().text("subpath", volume.subpath()));
            case NPIPE, CLUSTER -> {
                // npipe and cluster mounts have no options of their own.
            }
        }
        return node.build();
    }

    /**
     * {@code source, target, uid, gid, mode}. A secret without a target is mounted at
     * {@code /run/secrets/<source>}, which compose writes out; a config's target stays unset.
     */
    static Map<String, Object> fileReference(FileReference reference, boolean secret) {
        String target = reference.target();
        if (secret && (target == null || target.isEmpty())) {
            target = SECRETS_DIR + reference.source();
        }
        return new Node()
                .text("source", reference.source())
                .text("target", target)
                .text("uid", reference.uid())
                .text("gid", reference.gid())
                .put("mode", GoValues.fileMode(reference.mode()))
                .build();
    }

    /** Compose keeps {@code expose} as strings; tcp is the default protocol and not written. */
    static List<String> expose(List<ExposedPort> ports) {
        List<String> result = new ArrayList<>(ports.size());
        for (ExposedPort port : ports) {
            boolean tcp = port.protocol() == null || "tcp".equals(port.protocol());
            result.add(tcp ? Integer.toString(port.port()) : port.port() + "/" + port.protocol());
        }
        return result;
    }

    /** {@code host=ip} strings, brackets around IPv6 addresses removed, sorted by bytes as compose does. */
    static List<String> extraHosts(List<ExtraHost> hosts) {
        List<String> result = new ArrayList<>(hosts.size());
        for (ExtraHost host : hosts) {
            String ip = host.ip() == null ? "" : host.ip();
            if (ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]")) {
                ip = ip.substring(1, ip.length() - 1);
            }
            result.add(host.hostname() + "=" + ip);
        }
        result.sort(KeyOrder.BYTES);
        return result;
    }

    private static boolean notEmpty(String text) {
        return text != null && !text.isEmpty();
    }
}
