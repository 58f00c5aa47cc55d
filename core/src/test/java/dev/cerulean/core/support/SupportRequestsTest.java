package dev.cerulean.core.support;

import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportRequestsTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final OpenSupportRequest open = new OpenSupportRequest(
            p.supportRequests(),
            new Authorize(
                    p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions(), p.groups()),
            p.transactions(),
            p.clock(),
            p.ids(),
            new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));
    private final ListSupportRequests list = new ListSupportRequests(p.supportRequests());
    private final Caller kelley = world.kelleyMsaInDefault();

    /** What a refusal must leave untouched. */
    private record State(List<SupportRequest> kelleys, List<SupportRequest> megans, int activityEntries) {}

    private State state() {
        return new State(
                p.supportRequests().byAuthor(kelley.identity(), 0, 1_000),
                p.supportRequests().byAuthor(world.megan().identity(), 0, 1_000),
                p.activityLog().all().size());
    }

    @Test
    void opensARequestAboutASubscriptionAndLogsIt() {
        SupportRequest request = open.open(
                        kelley,
                        new OpenSupportRequest.Request(
                                "  Cannot change directory ",
                                "EDIT DIRECTORY is greyed out.",
                                "b",
                                SUBSCRIPTION.toString()))
                .orThrow();

        assertThat(request.subject()).isEqualTo("Cannot change directory");
        assertThat(request.severity()).isEqualTo(SupportRequest.Severity.B);
        assertThat(request.subscription()).isEqualTo(SUBSCRIPTION);
        assertThat(request.author()).isEqualTo(kelley.identity());
        assertThat(request.authorName()).isEqualTo("kelley.wall@outlook.com");
        assertThat(request.status()).isEqualTo(SupportRequest.Status.Open);
        assertThat(request.createdAt()).isEqualTo(Worlds.NOW);
        assertThat(p.supportRequests().byId(request.id())).contains(request);
        ActivityLogEntry entry = p.activityLog().ofSubscription(SUBSCRIPTION).get(0);
        assertThat(entry.operation()).isEqualTo("Microsoft.Support/supportTickets/write");
        assertThat(entry.target()).endsWith(request.id().toString());
    }

    @Test
    void aRequestNeedsNoSubscriptionAndTakesTheLongestTexts() {
        SupportRequest request = open.open(
                        world.megan(), new OpenSupportRequest.Request("s".repeat(200), "d".repeat(4000), "A", " "))
                .orThrow();

        assertThat(request.subscription()).isNull();
        assertThat(p.activityLog().all()).hasSize(1);
    }

    @Test
    void everyFieldIsCheckedAndNamed() {
        State before = state();
        String ok = SUBSCRIPTION.toString();

        assertField(new OpenSupportRequest.Request(null, "d", "A", ok), "subject");
        assertField(new OpenSupportRequest.Request("   ", "d", "A", ok), "subject");
        assertField(new OpenSupportRequest.Request("s".repeat(201), "d", "A", ok), "subject");
        assertField(new OpenSupportRequest.Request("s", "", "A", ok), "description");
        assertField(new OpenSupportRequest.Request("s", "d".repeat(4001), "A", ok), "description");
        assertField(new OpenSupportRequest.Request("s", "d", "D", ok), "severity");
        assertField(new OpenSupportRequest.Request("s", "d", null, ok), "severity");
        assertField(new OpenSupportRequest.Request("s", "d", "C", "not-a-subscription"), "subscription");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theSubscriptionMustExistAndBeVisibleToTheAuthor() {
        State before = state();

        Outcome<SupportRequest> unknown = open.open(
                kelley, new OpenSupportRequest.Request("s", "d", "C", "5b5b5b5b-0000-4000-8000-0000000000ff"));
        Outcome<SupportRequest> notHers =
                open.open(world.megan(), new OpenSupportRequest.Request("s", "d", "C", SUBSCRIPTION.toString()));

        assertThat(unknown.code()).isEqualTo(RuleCode.SubscriptionNotFound);
        assertThat(notHers.code()).isEqualTo(RuleCode.SubscriptionNotFound);
        assertThat(state()).isEqualTo(before);
        assertThat(open.open(world.samReader(), new OpenSupportRequest.Request("s", "d", "C", SUBSCRIPTION.toString()))
                        .isOk())
                .as("a Reader sees it")
                .isTrue();
    }

    @Test
    void eachAuthorListsOnlyItsOwnRequests() {
        SupportRequest kelleys = open.open(kelley, new OpenSupportRequest.Request("k", "d", "A", null))
                .orThrow();
        SupportRequest megans = open.open(world.megan(), new OpenSupportRequest.Request("m", "d", "A", null))
                .orThrow();

        assertThat(list.page(kelley, 0, 10).orThrow().requests()).containsExactly(kelleys);
        assertThat(list.page(world.megan(), 0, 10).orThrow().requests()).containsExactly(megans);
        assertThat(list.page(world.alexMsaInDefault(), 0, 10).orThrow())
                .isEqualTo(new ListSupportRequests.Page(List.of(), 0));
    }

    @Test
    void anAuthorsRequestsAreListedAPageAtATimeWithTheirCount() {
        for (int i = 0; i < 5; i++) open.open(kelley, new OpenSupportRequest.Request("k" + i, "d", "A", null));
        List<SupportRequest> all = list.page(kelley, 0, 10).orThrow().requests();

        var second = list.page(kelley, 2, 2).orThrow();

        assertThat(all).hasSize(5);
        assertThat(second.requests()).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(second.total()).isEqualTo(5);
        assertThat(list.page(kelley, -3, 0).orThrow().requests()).containsExactly(all.get(0));
    }

    private void assertField(OpenSupportRequest.Request form, String field) {
        Outcome<SupportRequest> out = open.open(kelley, form);
        assertThat(out.code()).as(field).isEqualTo(RuleCode.InvalidSupportRequest);
        assertThat(((Outcome.Rejected<SupportRequest>) out).args().get(0)).isEqualTo(field);
    }
}
