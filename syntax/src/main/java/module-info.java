/** The written rules both the parser and the converters apply. Depends on nothing. */
module io.jkompose.syntax {
    exports io.jkompose.syntax;
}
