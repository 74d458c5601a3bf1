package io.jkompose.converters.steps.container;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.LifecycleHook;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** post_start, pre_stop, stop_grace_period and stop_signal. */
class LifecycleStepsTest {

    private static LifecycleHook hook(List<String> command, String workingDir, SortedMap<String, String> environment) {
        return new LifecycleHook(command, null, null, workingDir, environment, at(9, 7));
    }

    @Test
    void oneHookRunsItsCommandAsIs() {
        Lifecycle lifecycle = Contexts.run(Contexts.of(service("a", "x")
                .postStart(List.of(hook(List.of("./warm-up.sh", "--fast"), null, null)))
                .preStop(List.of(hook(List.of("nginx", "-s", "quit"), null, null))).build()), new LifecycleHooksStep())
                .container().build().getLifecycle();
        assertThat(lifecycle.getPostStart().getExec().getCommand()).containsExactly("./warm-up.sh", "--fast");
        assertThat(lifecycle.getPreStop().getExec().getCommand()).containsExactly("nginx", "-s", "quit");
    }

    @Test
    void severalHooksOrEnvironmentAndWorkingDirRunAsOneShellScript() {
        Lifecycle lifecycle = Contexts.run(Contexts.of(service("a", "x").postStart(List.of(
                hook(List.of("echo", "it's up"), null, null),
                hook(List.of("./seed.sh"), "/app", map("MODE", "fast run", "UNSET", null)))).build()),
                new LifecycleHooksStep()).container().build().getLifecycle();
        // each word quoted for sh; the second hook in a subshell so that cd stays local
        assertThat(lifecycle.getPostStart().getExec().getCommand()).containsExactly("sh", "-c",
                "echo 'it'\\''s up' && (cd /app && MODE='fast run' ./seed.sh)");
        assertThat(lifecycle.getPreStop()).isNull();
    }

    @Test
    void userAndPrivilegedOfAHookAreReported() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").preStop(List.of(
                new LifecycleHook(List.of("flush"), "root", true, null, null, at(9, 7)),
                new LifecycleHook(List.of(), null, null, null, null, at(12, 7)))).build()), new LifecycleHooksStep());
        assertThat(context.container().build().getLifecycle().getPreStop().getExec().getCommand())
                .containsExactly("flush");
        assertThat(Contexts.diagnostics(context)).extracting(d -> d.location().line()).containsExactly(9, 9, 12);
    }

    @Test
    void stopGracePeriodIsRoundedUpToWholeSeconds() {
        PodSpec pod = Contexts.run(Contexts.of(service("a", "x").stopGracePeriod(Duration.ofMillis(1500)).build()),
                new StopStep()).podSpec().build();
        assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(2L);
        PodSpec minute = Contexts.run(Contexts.of(service("a", "x").stopGracePeriod(Duration.ofMinutes(1)).build()),
                new StopStep()).podSpec().build();
        assertThat(minute.getTerminationGracePeriodSeconds()).isEqualTo(60L);
    }

    @Test
    void stopSignalBecomesTheContainersStopSignalWithThePodsOs() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").stopSignal("SIGQUIT").build()),
                new StopStep());
        assertThat(context.container().build().getLifecycle().getStopSignal()).isEqualTo("SIGQUIT");
        assertThat(context.podSpec().build().getOs().getName()).isEqualTo("linux");
        assertThat(Contexts.codes(context)).containsExactly("feature-gated");

        ServiceContext term = Contexts.run(Contexts.of(service("a", "x").stopSignal("TERM").build()), new StopStep());
        assertThat(term.container().build().getLifecycle()).isNull();
        assertThat(term.podSpec().build().getOs()).isNull();

        ServiceContext windows = Contexts.run(Contexts.of(service("a", "x").platform("windows/amd64")
                .stopSignal("SIGINT").build()), new StopStep());
        assertThat(windows.container().build().getLifecycle()).isNull();
        assertThat(Contexts.codes(windows)).containsExactly("unconverted-value");
    }

    @Test
    void signalsAreSpelledAsKubernetesSpellsThem() {
        assertThat(StopStep.kubernetesSignal("usr1")).isEqualTo("SIGUSR1");
        assertThat(StopStep.kubernetesSignal("10")).isEqualTo("SIGUSR1");
        assertThat(StopStep.kubernetesSignal("9")).isEqualTo("SIGKILL");
        assertThat(StopStep.kubernetesSignal("SIGRTMIN+3")).isEqualTo("SIGRTMIN+3");
        assertThat(StopStep.kubernetesSignal("37")).isEqualTo("SIGRTMIN+3");
        assertThat(StopStep.kubernetesSignal("60")).isEqualTo("SIGRTMAX-4");
        assertThat(StopStep.kubernetesSignal("64")).isEqualTo("SIGRTMAX");
        assertThat(StopStep.kubernetesSignal("SIGRTMIN+16")).isNull();
        assertThat(StopStep.kubernetesSignal("SIGFOO")).isNull();
        assertThat(StopStep.kubernetesSignal("32")).isNull();
    }
}
