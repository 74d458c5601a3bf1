package io.jkompose.model;

import java.util.List;
import java.util.SortedMap;

/**
 * One entry of a service's {@code post_start} or {@code pre_stop} list: a command run inside the
 * container after it starts or before it stops.
 *
 * @param command     the command as a list of words (a string is split as a shell would split it, without running one)
 * @param user        the user to run it as; null when unset
 * @param privileged  null when unset
 * @param workingDir  null when unset
 * @param environment the hook's own variables; a null value is a variable named without a value
 * @param location    where the entry is written
 */
public record LifecycleHook(List<String> command, String user, Boolean privileged, String workingDir,
        SortedMap<String, String> environment, SourceLocation location) {

    public LifecycleHook {
        command = Copies.list(command);
        environment = Copies.sorted(environment);
    }
}
