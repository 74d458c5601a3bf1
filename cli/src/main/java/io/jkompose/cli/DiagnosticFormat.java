package io.jkompose.cli;

/** The values of {@code --diagnostics}, written as picocli shows and accepts them. */
enum DiagnosticFormat {
    text, json, sarif
}
