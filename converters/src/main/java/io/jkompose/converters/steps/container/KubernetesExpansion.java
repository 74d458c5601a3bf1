package io.jkompose.converters.steps.container;

import java.util.List;

/**
 * Keeps strings literal under Kubernetes' {@code $(VAR)} expansion of container commands,
 * arguments and env values. Compose has already interpolated the file, and Docker passes these
 * strings to the process untouched; Kubernetes would expand {@code $(VAR)} and fold {@code $$}
 * into {@code $}. Doubling each {@code $} that is followed by {@code (} or {@code $} makes the
 * container see exactly what Compose's container sees. (kompose instead rewrites {@code $VAR} into
 * {@code $(VAR)}, which changes what runs.)
 */
final class KubernetesExpansion {

    private KubernetesExpansion() {
    }

    public static String escape(String text) {
        if (text == null || text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '$')) {
                out.append('$');
            }
        }
        return out.toString();
    }

    public static List<String> escape(List<String> texts) {
        return texts.stream().map(KubernetesExpansion::escape).toList();
    }
}
