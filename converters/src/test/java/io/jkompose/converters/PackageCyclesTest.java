package io.jkompose.converters;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The packages of the converters are layered, none depends on one that depends on it: diagnostics,
 * naming, options, plan, pipeline (contexts, step interfaces), steps.*, then the root package (the
 * assembly that lists the steps, and the API that runs it); writers beside.
 */
@AnalyzeClasses(packages = "io.jkompose.converters", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    /**
     * Each package is a slice of its own, the root package too (a pattern such as
     * {@code io.jkompose.converters.(**)} leaves the root out, and the root is where the API and the
     * assembly live).
     */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals("io.jkompose.converters") || name.startsWith("io.jkompose.converters.")
                    ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of io.jkompose.converters";
        }
    };

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles();
}
