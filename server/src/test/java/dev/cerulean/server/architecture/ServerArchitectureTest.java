package dev.cerulean.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The HTTP side's dependency rules (architecture.md): the APIs stand on the core and the HTTP
 * seam only — never on each other, the portals, the identity platform's internals or the store.
 */
class ServerArchitectureTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cerulean.server");

    @Test
    void armDependsOnNeitherGraphNorPortalsNorIdentityNorStore() {
        noClasses().that().resideInAPackage("dev.cerulean.server.arm..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cerulean.server.graph..",
                        "dev.cerulean.server.portal..", "dev.cerulean.server.identity..", "dev.cerulean.store..")
                .check(SERVER);
    }

    @Test
    void graphDependsOnNeitherArmNorPortalsNorIdentityNorStore() {
        noClasses().that().resideInAPackage("dev.cerulean.server.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cerulean.server.arm..",
                        "dev.cerulean.server.portal..", "dev.cerulean.server.identity..", "dev.cerulean.store..")
                .check(SERVER);
    }

    @Test
    void portalsDoNotReachIntoTheApis() {
        noClasses().that().resideInAPackage("dev.cerulean.server.portal..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cerulean.server.arm..",
                        "dev.cerulean.server.graph..", "dev.cerulean.store..")
                .check(SERVER);
    }
}
