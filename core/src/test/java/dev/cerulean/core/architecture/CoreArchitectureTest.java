package dev.cerulean.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of architecture.md that concern the core. */
@AnalyzeClasses(packages = "dev.cerulean.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoFramework = noClasses()
            .that()
            .resideInAPackage("dev.cerulean.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.javalin..",
                    "org.jdbi..",
                    "com.nimbusds..",
                    "gg.jte..",
                    "picocli..",
                    "com.fasterxml..",
                    "org.flywaydb..",
                    "com.zaxxer..",
                    "org.h2..",
                    "org.postgresql..",
                    "org.bouncycastle..",
                    "org.eclipse.jetty..",
                    "io.micrometer..")
            .because("the domain core depends on the JDK only; adapters depend on it, never the reverse");

    @ArchTest
    static final ArchRule coreDependsOnNoAdapter = noClasses()
            .that()
            .resideInAPackage("dev.cerulean.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.cerulean.store..", "dev.cerulean.server..", "dev.cerulean.cli..");

    @ArchTest
    static final ArchRule contextsAreFreeOfCycles =
            slices().matching("dev.cerulean.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule contextsDoNotSeeTheCompositionRecord = noClasses()
            .that()
            .resideInAPackage("dev.cerulean.core.*..")
            .and()
            .resideOutsideOfPackage("dev.cerulean.core.world..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.cerulean.core")
            .because("use cases take the ports they use; only composition code (and worlds, which write a"
                    + " whole store at once) sees Ports");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoContext = noClasses()
            .that()
            .resideInAPackage("dev.cerulean.core.common..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.cerulean.core.account..",
                    "dev.cerulean.core.directory..",
                    "dev.cerulean.core.subscription..",
                    "dev.cerulean.core.access..",
                    "dev.cerulean.core.move..",
                    "dev.cerulean.core.activity..",
                    "dev.cerulean.core.support..");
}
