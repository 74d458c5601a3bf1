package io.jkompose.parser.compose;

import io.jkompose.parser.yaml.MappingNode;

/** One YAML document of a Compose file (a file may hold several, separated by {@code ---}). */
record Document(ComposeFile file, MappingNode root) {
}
