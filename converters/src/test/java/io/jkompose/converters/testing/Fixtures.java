package io.jkompose.converters.testing;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.model.Deploy;
import io.jkompose.model.EnvFile;
import io.jkompose.model.EnvVar;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds model values for tests, the way the loader would. */
public final class Fixtures {

    public static final String FILE = "compose.yaml";

    /**
     * The options the step tests convert with: the defaults, but with kompose's Services (for ports
     * and expose only), so that a test of one step sees only that step's objects and diagnostics.
     * The Services jkompose adds by default for reachability are tested by {@code ReachabilityTest}
     * and by the golden cases, which run the defaults.
     */
    public static ConvertOptions options() {
        ConvertOptions defaults = ConvertOptions.defaults();
        return defaults.withNetwork(defaults.network().withImplicitServices(false));
    }

    private Fixtures() {
    }

    public static SourceLocation at(int line, int column) {
        return SourceLocation.of(FILE, line, column);
    }

    public static Project project(String name, Service... services) {
        return project(name, Map.of(), Map.of(), services);
    }

    public static Project project(String name, Map<String, Volume> volumes, Map<String, SecretDefinition> secrets,
            Service... services) {
        Map<String, Service> byName = new TreeMap<>();
        for (Service service : services) {
            byName.put(service.name(), service);
        }
        return new Project(name, Path.of("/work/" + name), List.of(Path.of("/work/" + name + "/compose.yaml")),
                new TreeMap<>(byName), new TreeMap<>(volumes), null, null, new TreeMap<>(secrets));
    }

    /** A service builder with an image and a location; the test adds what it needs. */
    public static Service.Builder service(String name, String image) {
        return Service.builder(name).image(image).location(at(2, 3));
    }

    /** Keys as the loader records them: each on its own line after the service's (line 3, 4 ...). */
    public static Map<String, SourceLocation> keys(String... names) {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            keys.put(names[i], at(3 + i, 5));
        }
        return keys;
    }

    /** A {@code ports} entry; published may be null. */
    public static PortMapping port(String published, int target, String protocol) {
        return new PortMapping(null, target, published, null, protocol, null, null, at(20, 9));
    }

    public static PortMapping port(int published, int target) {
        return port(String.valueOf(published), target, "tcp");
    }

    /** A volume entry of the given type, its source written as given. */
    public static ServiceVolume volume(ServiceVolume.Type type, String source, String target, boolean readOnly) {
        return ServiceVolume.builder(type, target).source(source).readOnly(readOnly).location(at(30, 9)).build();
    }

    public static EnvVar env(String name, String value) {
        return new EnvVar(name, value, at(40, 9));
    }

    public static SortedMap<String, EnvVar> environment(String... nameValuePairs) {
        SortedMap<String, EnvVar> map = new TreeMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.put(nameValuePairs[i], env(nameValuePairs[i], nameValuePairs[i + 1]));
        }
        return map;
    }

    public static EnvFile envFile(String written, String... nameValuePairs) {
        return new EnvFile(Path.of("/work/project").resolve(written).normalize(), written, true, null,
                map(nameValuePairs), at(50, 9));
    }

    public static SortedMap<String, String> map(String... keyValuePairs) {
        SortedMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            map.put(keyValuePairs[i], keyValuePairs[i + 1]);
        }
        return map;
    }

    public static Deploy deployReplicas(Integer replicas) {
        return new Deploy(null, replicas, null, null, null, null, null, null, null, at(60, 5));
    }
}
