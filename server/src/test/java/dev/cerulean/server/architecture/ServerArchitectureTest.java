package dev.cerulean.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
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
        noClasses()
                .that()
                .resideInAPackage("dev.cerulean.server.arm..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cerulean.server.graph..",
                        "dev.cerulean.server.portal..",
                        "dev.cerulean.server.identity..",
                        "dev.cerulean.store..")
                .check(SERVER);
    }

    @Test
    void graphDependsOnNeitherArmNorPortalsNorIdentityNorStore() {
        noClasses()
                .that()
                .resideInAPackage("dev.cerulean.server.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cerulean.server.arm..",
                        "dev.cerulean.server.portal..",
                        "dev.cerulean.server.identity..",
                        "dev.cerulean.store..")
                .check(SERVER);
    }

    @Test
    void portalsDoNotReachIntoTheApis() {
        noClasses()
                .that()
                .resideInAPackage("dev.cerulean.server.portal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.cerulean.server.arm..", "dev.cerulean.server.graph..", "dev.cerulean.store..")
                .check(SERVER);
    }

    /**
     * The store ports: every type the {@link Ports} record gathers, and the record itself, except the
     * unit of work (adapters wrap a request in one transaction), the clock and the id source.
     */
    private static final Set<String> STORE_PORTS = Arrays.stream(Ports.class.getRecordComponents())
            .map(c -> c.getType())
            .filter(t -> t != Transactions.class && t != Clock.class && t != IdGenerator.class)
            .map(Class::getName)
            .collect(Collectors.collectingAndThen(Collectors.toSet(), names -> {
                var all = new java.util.HashSet<>(names);
                all.add(Ports.class.getName());
                return Set.copyOf(all);
            }));

    private static final DescribedPredicate<JavaClass> A_STORE_PORT =
            DescribedPredicate.describe("a store port of the core", c -> STORE_PORTS.contains(c.getName()));

    @Test
    void apisPortalsAndSignInReadAndWriteThroughUseCasesNeverThroughStorePorts() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.cerulean.server.arm..",
                        "dev.cerulean.server.graph..",
                        "dev.cerulean.server.portal..",
                        "dev.cerulean.server.signin..")
                .should()
                .dependOnClassesThat(A_STORE_PORT)
                .because("reads and writes go through the core's use cases (dev.cerulean.core.UseCases)")
                .check(SERVER);
    }

    @Test
    void theStorePortsAreKnown() {
        // the rule above is only as good as this list: it must hold the ports adapters were reading
        org.assertj.core.api.Assertions.assertThat(STORE_PORTS)
                .contains(
                        "dev.cerulean.core.subscription.Subscriptions", "dev.cerulean.core.directory.Directories",
                        "dev.cerulean.core.signin.Sessions", "dev.cerulean.core.Ports")
                .doesNotContain(Transactions.class.getName());
    }
}
