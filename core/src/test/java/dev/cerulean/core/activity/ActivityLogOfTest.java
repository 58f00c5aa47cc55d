package dev.cerulean.core.activity;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.ActivityLogOf;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class ActivityLogOfTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final ActivityRecorder recorder = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
    private final ActivityLogOf activityLog = new ActivityLogOf(
            p.activityLog(),
            new Authorize(
                    p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions(), p.groups()),
            p.directories(),
            p.directoryRoles());
    private final ActivityLogOf.Target subscription = new ActivityLogOf.OfSubscription(SUBSCRIPTION);

    private final ActivityLogEntry first =
            recorder.succeeded(world.kelleyMsaInDefault(), "a/write", "t", "first", SUBSCRIPTION, DEFAULT_DIRECTORY);
    private final ActivityLogEntry second =
            recorder.succeeded(world.kelleyMsaInDefault(), "b/write", "t", "second", SUBSCRIPTION, DEFAULT_DIRECTORY);
    private final ActivityLogEntry contosos =
            recorder.succeeded(world.contosoGlobalAdministrator(), "c/write", "t", "contoso", null, CONTOSO);

    @Test
    void classicAdministratorsAndRolesThatReadSeeTheSubscriptionsLogNewestFirst() {
        assertThat(activityLog.entries(world.kelleyMsaInDefault(), subscription).orThrow())
                .containsExactly(second, first);
        assertThat(activityLog.entries(world.alexMsaInDefault(), subscription).orThrow())
                .hasSize(2);
        assertThat(activityLog.entries(world.demoAutomation(), subscription).orThrow())
                .hasSize(2);
        assertThat(activityLog
                        .entries(world.kelleyMsaInDefault(), subscription, 1)
                        .orThrow())
                .containsExactly(second);
        assertThat(activityLog
                        .entries(world.kelleyMsaInDefault(), new ActivityLogOf.OfDirectory(DEFAULT_DIRECTORY), 1)
                        .orThrow())
                .containsExactly(second);
        assertThat(activityLog.entries(world.megan(), subscription, 1).code()).isEqualTo(RuleCode.AuthorizationFailed);
    }

    @Test
    void callersWithoutReadPermissionAtSubscriptionScopeAreRefused() {
        Caller samReadsOnlyRgWeb = world.samReader();

        assertThat(activityLog.entries(samReadsOnlyRgWeb, subscription).code()).isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(activityLog.entries(world.megan(), subscription).code()).isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(activityLog
                        .entries(
                                world.kelleyMsaInDefault(),
                                new ActivityLogOf.OfSubscription(
                                        SubscriptionId.of("5b5b5b5b-0000-4000-8000-0000000000ff")))
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotFound);
    }

    @Test
    void globalAdministratorsSeeTheirDirectorysLog() {
        assertThat(activityLog
                        .entries(world.kelleyMsaInDefault(), new ActivityLogOf.OfDirectory(DEFAULT_DIRECTORY))
                        .orThrow())
                .containsExactly(second, first);
        assertThat(activityLog
                        .entries(world.contosoGlobalAdministrator(), new ActivityLogOf.OfDirectory(CONTOSO))
                        .orThrow())
                .containsExactly(contosos);
    }

    @Test
    void othersMayNotReadADirectorysLog() {
        Caller kelley = world.kelleyMsaInDefault();

        assertThat(activityLog
                        .entries(world.samReader(), new ActivityLogOf.OfDirectory(DEFAULT_DIRECTORY))
                        .code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(activityLog
                        .entries(kelley, new ActivityLogOf.OfDirectory(CONTOSO))
                        .code())
                .as("signed in through another directory")
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(activityLog
                        .entries(
                                kelley,
                                new ActivityLogOf.OfDirectory(DirectoryId.of("dddddddd-0000-4000-8000-000000000009")))
                        .code())
                .isEqualTo(RuleCode.DirectoryNotFound);
    }

    @Test
    void aPageOfTheSubscriptionsLogIsNewestFirstWithTheCountAndABadOffsetReadsTheNewest() {
        Caller kelley = world.kelleyMsaInDefault();

        var newest = activityLog.page(kelley, SUBSCRIPTION, 0, 1).orThrow();
        var older = activityLog.page(kelley, SUBSCRIPTION, 1, 1).orThrow();
        var negative = activityLog.page(kelley, SUBSCRIPTION, -7, 0).orThrow();

        assertThat(newest.entries()).containsExactly(second);
        assertThat(older.entries()).containsExactly(first);
        assertThat(newest.total()).isEqualTo(2);
        assertThat(negative.entries()).containsExactly(second);
    }

    @Test
    void AuthorizationFailed_SubscriptionNotFound_aPageIsRefusedAsTheWholeLogIs() {
        assertThat(activityLog.page(world.samReader(), SUBSCRIPTION, 0, 10).code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(activityLog
                        .page(
                                world.kelleyMsaInDefault(),
                                SubscriptionId.of("5b5b5b5b-0000-4000-8000-0000000000ff"),
                                0,
                                10)
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotFound);
    }
}
