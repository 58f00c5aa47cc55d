package dev.cerulean.server.arm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ARM stands on the core and the HTTP seam only: never on the Graph API, the portals or the store. */
class ArmArchitectureTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cerulean.server");

    @Test
    void armDependsOnNeitherGraphNorPortalsNorStore() {
        noClasses().that().resideInAPackage("dev.cerulean.server.arm..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cerulean.server.graph..",
                        "dev.cerulean.server.portal..", "dev.cerulean.server.identity..", "dev.cerulean.store..")
                .check(SERVER);
    }
}
