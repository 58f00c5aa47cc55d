package dev.cerulean.store.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.ConfirmDirectoryLink;
import dev.cerulean.core.move.DirectoryChangeMode;
import dev.cerulean.core.move.DirectoryChangePreview;
import dev.cerulean.core.move.DirectoryChangeResult;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.move.RequestDirectoryLink;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Fifty people press "Change" on the same directory-change preview at the same moment (the
 * foundation's concurrency acceptance point): on a real database exactly one change happens,
 * every other request is refused with PreconditionFailed (never a lock timeout, serialization
 * error or unique violation), and the data show the change exactly once.
 */
public abstract class ConcurrentDirectoryChangeContract {
    private static final int REQUESTS = 50;

    protected abstract Ports freshPorts();

    @RepeatedTest(3)
    void PreconditionFailed_fiftyConcurrentAppliesOfOnePreviewChangeTheDirectoryOnce() throws Exception {
        Ports p = freshPorts();
        Worlds.KelleyWall world = Worlds.kelleyWall(p);
        Caller kelley = world.kelleyMsaInDefault();
        linkContoso(p, world);
        DirectoryChangePreview preview = preview(p)
                .preview(kelley, SUBSCRIPTION, CONTOSO, DirectoryChangeMode.CLASSIC)
                .orThrow();
        ChangeDirectory change = changeDirectory(p);
        List<Outcome<DirectoryChangeResult>> outcomes = applyTogether(() -> change.apply(kelley, preview));

        List<DirectoryChangeResult> succeeded = outcomes.stream()
                .filter(o -> o instanceof Outcome.Ok<DirectoryChangeResult>)
                .map(o -> ((Outcome.Ok<DirectoryChangeResult>) o).value())
                .toList();
        assertThat(succeeded).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof Outcome.Ok<?>))
                .hasSize(REQUESTS - 1)
                .allSatisfy(o -> assertThat(o.code()).isEqualTo(RuleCode.PreconditionFailed));

        Subscription after = p.subscriptions().byId(SUBSCRIPTION).orElseThrow();
        assertThat(after.directory()).isEqualTo(CONTOSO);
        assertThat(after.version()).isEqualTo(preview.version() + 1);
        assertThat(succeeded.get(0).subscription()).isEqualTo(after);
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.roleAssignments().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.roleDefinitions().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.resources().byId(VM_WEB).orElseThrow().identity().enabled())
                .isFalse();

        List<ActivityLogEntry> log = p.activityLog().ofSubscription(SUBSCRIPTION);
        assertThat(log)
                .filteredOn(e -> e.operation().equals(ChangeDirectory.OPERATION))
                .extracting(ActivityLogEntry::message)
                .containsExactly("moved from tenant " + DEFAULT_DIRECTORY + " to tenant " + CONTOSO);
        assertThat(log)
                .filteredOn(e -> e.operation().equals("Microsoft.Authorization/roleAssignments/delete"))
                .hasSize(preview.roleAssignmentsToDelete().size());
        assertThat(log)
                .filteredOn(e -> e.operation().equals("Microsoft.Authorization/classicAdministrators/delete"))
                .hasSize(preview.coAdministratorsToRemove().size());
        List<FollowUpItem> followUps = p.followUpItems().of(SUBSCRIPTION);
        assertThat(followUps)
                .hasSize(preview.followUps().size())
                .containsExactlyInAnyOrderElementsOf(succeeded.get(0).followUpItems());
    }

    /** Starts every request on its own thread, releases them together and collects what each answered. */
    private static <T> List<T> applyTogether(java.util.concurrent.Callable<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch ready = new CountDownLatch(REQUESTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            // an exception thrown by a request fails the test here, with its cause
            for (Future<T> f : futures) results.add(f.get(60, TimeUnit.SECONDS));
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Step 1 of the walkthrough: Kelley's Microsoft account asks, Contoso's Global Administrator confirms. */
    private static void linkContoso(Ports p, Worlds.KelleyWall world) {
        var request = new RequestDirectoryLink(
                        p.transactions(),
                        p.microsoftAccounts(),
                        p.subscriptions(),
                        p.directoryUsers(),
                        p.directoryLinkRequests(),
                        p.clock(),
                        p.ids())
                .request(world.kelleyMsaInDefault(), true)
                .orThrow();
        new ConfirmDirectoryLink(
                        p.transactions(),
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.directoryLinkRequests(),
                        p.subscriptions(),
                        p.clock(),
                        p.ids(),
                        new ActivityRecorder(p.activityLog(), p.clock(), p.ids()))
                .confirm(world.contosoGlobalAdministrator(), request.id())
                .orThrow();
    }

    private static PreviewDirectoryChange preview(Ports p) {
        return new PreviewDirectoryChange(
                p.transactions(),
                p.subscriptions(),
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers());
    }

    private static ChangeDirectory changeDirectory(Ports p) {
        return new ChangeDirectory(
                p.transactions(),
                p.subscriptions(),
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers(),
                p.followUpItems(),
                p.clock(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));
    }
}
