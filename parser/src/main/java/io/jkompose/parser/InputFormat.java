package io.jkompose.parser;

/** The language of the input files; {@code AUTO} tells them apart by their shape. */
public enum InputFormat {
    AUTO, COMPOSE, OPENCOMPOSE
}
