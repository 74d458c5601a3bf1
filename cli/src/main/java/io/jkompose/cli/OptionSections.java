package io.jkompose.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Renders a command's options in headed sections (Input, Output, ...) instead of one list. picocli's
 * argument groups would do this too, but they interfere with repeatable options, so this only
 * changes the help text. Options no section names land in a last section.
 */
final class OptionSections implements IHelpSectionRenderer {

    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final String restHeading;

    OptionSections(String restHeading) {
        this.restHeading = restHeading;
    }

    /** Adds a section; options are named by any of their names. */
    OptionSections section(String heading, String... optionNames) {
        sections.put(heading, List.of(optionNames));
        return this;
    }

    @Override
    public String render(Help help) {
        CommandSpec spec = help.commandSpec();
        List<OptionSpec> visible = spec.options().stream().filter(option -> !option.hidden()).toList();
        Set<OptionSpec> placed = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> section : sections.entrySet()) {
            List<OptionSpec> options = new ArrayList<>();
            for (String name : section.getValue()) {
                OptionSpec option = spec.findOption(name);
                if (option != null && !option.hidden() && placed.add(option)) {
                    options.add(option);
                }
            }
            append(text, help, visible, section.getKey(), options);
        }
        List<OptionSpec> rest = visible.stream().filter(option -> !placed.contains(option)).toList();
        append(text, help, visible, restHeading, rest);
        return text.toString();
    }

    private static void append(StringBuilder text, Help help, List<OptionSpec> all, String heading,
            List<OptionSpec> options) {
        if (options.isEmpty()) {
            return;
        }
        // A layout sized for all options keeps the columns of every section aligned.
        Help.Layout layout = help.createDefaultLayout(all, List.of(), help.colorScheme());
        Help.IParamLabelRenderer labels = help.createDefaultParamLabelRenderer();
        options.forEach(option -> layout.addOption(option, labels));
        text.append(String.format("%n%s:%n", heading)).append(layout);
    }
}
