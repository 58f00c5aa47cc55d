package dev.cerulean.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.azure.core.management.Region;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import dev.cerulean.junit.azure.CeruleanAzure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The extension's life cycle, seen from outside: test classes run through the JUnit launcher
 * (the nested classes below, which surefire does not pick up itself), then checked afterwards.
 */
class CeruleanLifecycleTest {

    @Test
    void oneCeruleanServesAllTestsOfAClassAndIsGoneAfterIt() {
        TwoTests.seen.clear();
        TestExecutionSummary summary = run(TwoTests.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(TwoTests.seen).hasSize(2);
        CeruleanTestEnvironment cerulean = TwoTests.seen.get(0);
        assertThat(TwoTests.seen.get(1)).isSameAs(cerulean);
        assertThat(refused(cerulean.authorityHost())).isTrue();
        assertThat(refused(cerulean.graphEndpoint())).isTrue();
        assertThat(cerulean.certificatePem()).doesNotExist();
        assertThat(cerulean.trustStore()).doesNotExist();
    }

    @Test
    void eachClassGetsItsOwnCerulean() {
        TwoTests.seen.clear();
        TwoTests.groupsSeenAtStart.clear();
        run(TwoTests.class);
        CeruleanTestEnvironment first = TwoTests.seen.get(0);
        run(TwoTests.class);

        assertThat(TwoTests.seen).hasSize(4);
        assertThat(TwoTests.seen.get(2)).isNotSameAs(first);
        // the second Cerulean starts on a new database: the group the first one created is not there
        assertThat(TwoTests.groupsSeenAtStart).hasSize(2);
        assertThat(TwoTests.groupsSeenAtStart.get(0)).doesNotContain("rg-lifecycle");
        assertThat(TwoTests.groupsSeenAtStart.get(1)).isEqualTo(TwoTests.groupsSeenAtStart.get(0));
    }

    @Test
    void aWorldThatCannotBeLoadedFailsTheClassNamingTheFileLineAndColumn() {
        TestExecutionSummary summary = run(BrokenWorld.class);

        assertThat(summary.getTestsSucceededCount()).isZero();
        assertThat(summary.getFailures()).hasSize(1);
        assertThat(summary.getFailures().get(0).getException().getMessage())
                .contains("worlds/broken.yaml:8:")
                .contains("not-an-email");
    }

    @Test
    void anUnknownWorldFailsTheClassSayingWhatAWorldCanBe() {
        TestExecutionSummary summary = run(UnknownWorld.class);

        assertThat(summary.getFailures()).hasSize(1);
        assertThat(summary.getFailures().get(0).getException().getMessage())
                .contains("no-such-world.yaml")
                .contains("use demo, a class path resource or the path of a readable world file");
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        var listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(testClass))
                                .build(),
                        listener);
        return listener.getSummary();
    }

    private static boolean refused(String url) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Cerulean
    static class TwoTests {
        static final List<CeruleanTestEnvironment> seen = new ArrayList<>();
        static final List<List<String>> groupsSeenAtStart = new ArrayList<>();

        @Test
        void first(CeruleanTestEnvironment cerulean) {
            seen.add(cerulean);
            CeruleanAzure azure = cerulean.azure();
            ResourceManager arm = ResourceManager.configure()
                    .withHttpClient(azure.httpClient())
                    .authenticate(azure.credential("demo-automation"), azure.profile("Pay-As-You-Go"))
                    .withSubscription(cerulean.subscriptionId("Pay-As-You-Go"));
            groupsSeenAtStart.add(arm.resourceGroups().list().stream()
                    .map(ResourceGroup::name)
                    .sorted()
                    .toList());
            arm.resourceGroups()
                    .define("rg-lifecycle")
                    .withRegion(Region.EUROPE_NORTH)
                    .create();
        }

        @Test
        void second(CeruleanTestEnvironment cerulean) {
            seen.add(cerulean);
        }
    }

    @Cerulean(world = "worlds/broken.yaml")
    static class BrokenWorld {
        @Test
        void neverRuns() {}
    }

    @Cerulean(world = "no-such-world.yaml")
    static class UnknownWorld {
        @Test
        void neverRuns() {}
    }
}
