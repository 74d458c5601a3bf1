package io.jkompose.cli;

import io.jkompose.apply.ObjectRef;
import io.jkompose.apply.RolloutState;
import io.jkompose.apply.RolloutWaiter.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --wait}'s progress: one line per workload (object, ready/desired, elapsed, what it waits
 * for). In a terminal the lines are redrawn in place; elsewhere (a CI log, a pipe) a line is
 * printed only when a workload's state changes, so logs stay short.
 */
abstract class ProgressDisplay {

    protected final PrintWriter out;

    ProgressDisplay(PrintWriter out) {
        this.out = out;
    }

    static ProgressDisplay forOutput(Invocation invocation) {
        return invocation.terminal() ? new Terminal(invocation.out()) : new Plain(invocation.out());
    }

    abstract void show(Progress progress);

    static String line(RolloutState state, Duration elapsed, int width) {
        String status = switch (state.phase()) {
            case DONE -> state.object().kind().equals("Job") ? "complete" : "ready";
            case FAILED -> "failed" + (state.detail() == null ? "" : ": " + state.detail());
            case PROGRESSING -> state.detail() == null ? "waiting" : state.detail();
        };
        String name = state.object().toString();
        return name + " ".repeat(Math.max(2, width - name.length() + 2)) + state.ready() + "/" + state.desired()
                + "  " + elapsed(elapsed) + "  " + status;
    }

    static String elapsed(Duration elapsed) {
        long seconds = elapsed.toSeconds();
        return seconds < 60 ? seconds + "s" : seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
    }

    static int width(List<RolloutState> states) {
        return states.stream().mapToInt(state -> state.object().toString().length()).max().orElse(0);
    }

    /** Redraws all lines in place with ANSI cursor movement; each workload's clock stops when it is done. */
    static final class Terminal extends ProgressDisplay {

        private int drawn;
        private final Map<ObjectRef, Duration> finishedAt = new HashMap<>();

        Terminal(PrintWriter out) {
            super(out);
        }

        @Override
        void show(Progress progress) {
            StringBuilder frame = new StringBuilder();
            if (drawn > 0) {
                frame.append("\033[").append(drawn).append('F'); // back to the first line drawn
            }
            int width = width(progress.states());
            for (RolloutState state : progress.states()) {
                Duration elapsed = state.finished()
                        ? finishedAt.computeIfAbsent(state.object(), key -> progress.elapsed()) : progress.elapsed();
                frame.append("\033[2K").append(line(state, elapsed, width)).append('\n');
            }
            drawn = progress.states().size();
            out.print(frame);
            out.flush();
        }
    }

    /** A line when something changed: the ready count, the phase or what it waits for. */
    static final class Plain extends ProgressDisplay {

        private final Map<ObjectRef, String> last = new HashMap<>();

        Plain(PrintWriter out) {
            super(out);
        }

        @Override
        void show(Progress progress) {
            int width = width(progress.states());
            for (RolloutState state : progress.states()) {
                String key = state.ready() + "/" + state.desired() + " " + state.phase() + " " + state.detail();
                if (!key.equals(last.put(state.object(), key))) {
                    out.println(line(state, progress.elapsed(), width));
                }
            }
            out.flush();
        }
    }
}
