/** The neutral model: records of a project, and diagnostics. Depends on nothing. */
module io.jkompose.model {
    exports io.jkompose.model;
}
