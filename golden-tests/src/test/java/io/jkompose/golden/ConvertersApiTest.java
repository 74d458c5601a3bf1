package io.jkompose.golden;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The consumers of the converters (the CLI, these tests) use only the packages its module-info
 * exports: the converter and its result, the options, the codes, the name rules and the writers.
 * Keep this list and {@code converters/src/main/java/module-info.java} the same.
 */
@AnalyzeClasses(packages = {"io.jkompose.cli", "io.jkompose.golden"})
class ConvertersApiTest {

    @ArchTest
    static final ArchRule ONLY_THE_EXPORTED_PACKAGES = noClasses()
            .should().dependOnClassesThat(resideInAPackage("io.jkompose.converters..")
                    .and(not(resideInAnyPackage(
                            "io.jkompose.converters",
                            "io.jkompose.converters.options",
                            "io.jkompose.converters.diagnostics",
                            "io.jkompose.converters.naming",
                            "io.jkompose.converters.writers",
                            "io.jkompose.converters.writers.kustomize"))));
}
