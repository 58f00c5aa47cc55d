package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Kind;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.world.DemoWorld;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Restore names the plan's co-administrators again (R12 removed them) for the users the mapping
 * names, through Settings &gt; ADMINISTRATORS &gt; ADD's use case: its rules decide each one.
 */
class RestoreCoAdministratorsTest extends RehearsalTest {
    private final RestoreAfterDirectoryChange restore = uses.move().restoreAfterDirectoryChange();

    /** The plan's mapping, with Alex (the demo's co-administrator) mapped to {@code user}. */
    private MoveMapping alexAs(ObjectId user) {
        MoveMapping m = mapping();
        return new MoveMapping(m.targets(), m.reenable(), Set.of(), Map.of("Alex.Ops@outlook.com", user));
    }

    private static Item coAdministrator(RestoreReport report) {
        return report.items().stream()
                .filter(i -> i.kind() == Kind.CO_ADMINISTRATOR)
                .findFirst()
                .orElseThrow();
    }

    private boolean isCoAdministrator(ObjectId user) {
        Identity person = p.directoryUsers().byId(CONTOSO, user).orElseThrow().person();
        return p.coAdministrators().of(SUBSCRIPTION).stream()
                .anyMatch(c -> c.administrator().who().equals(person));
    }

    @Test
    void aMappedCoAdministratorIsNamedAgain_dryRunFirst_thenAlreadyPresent() {
        MovePlan plan = planned();
        assertThat(plan.coAdministrators())
                .extracting(MovePlan.PlannedAdministrator::email)
                .containsExactly(DemoWorld.ALEX);
        move();
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
        WorldSnapshot before = WorldSnapshot.of(p);

        Item dry = coAdministrator(restore.restore(kelleyInContoso(), plan, alexAs(Worlds.MEGAN_BOWEN), true)
                .orThrow());
        assertThat(WorldSnapshot.of(p)).isEqualTo(before);
        assertThat(dry.status()).isEqualTo(Status.RESTORED);

        Item done = coAdministrator(restore.restore(kelleyInContoso(), plan, alexAs(Worlds.MEGAN_BOWEN), false)
                .orThrow());
        assertThat(done.status()).isEqualTo(Status.RESTORED);
        assertThat(done.target())
                .isEqualTo("/subscriptions/" + SUBSCRIPTION
                        + "/providers/Microsoft.Authorization/classicAdministrators/" + DemoWorld.ALEX);
        assertThat(done.restoredAs()).isEqualTo(Worlds.MEGAN_BOWEN);
        assertThat(isCoAdministrator(Worlds.MEGAN_BOWEN)).isTrue();
        assertThat(p.activityLog().ofSubscription(SUBSCRIPTION))
                .anySatisfy(e -> assertThat(e.operation()).isEqualTo(AddCoAdministrator.OPERATION));

        WorldSnapshot after = WorldSnapshot.of(p);
        Item again = coAdministrator(restore.restore(kelleyInContoso(), plan, alexAs(Worlds.MEGAN_BOWEN), false)
                .orThrow());
        assertThat(again.status()).isEqualTo(Status.ALREADY_PRESENT);
        assertThat(again.code()).isEqualTo(RuleCode.AlreadyCoAdministrator);
        assertThat(WorldSnapshot.of(p)).isEqualTo(after);
    }

    @Test
    void theDiffMissesTheCoAdministratorUntilItsUserIsNamedAgain() {
        MovePlan plan = planned();
        var compare = uses.move().compareAccess();
        assertThat(compare.compare(kelley, plan, MoveMapping.NONE).orThrow().coAdministrators())
                .singleElement()
                .satisfies(c -> assertThat(c.regained()).isEqualTo(AccessDiff.Regained.DIRECTLY));
        move();
        MoveMapping toMegan = alexAs(Worlds.MEGAN_BOWEN);

        AccessDiff moved = compare.compare(kelleyInContoso(), plan, toMegan).orThrow();
        assertThat(moved.missingCoAdministrators()).singleElement().satisfies(c -> {
            assertThat(c.email()).isEqualTo(DemoWorld.ALEX);
            assertThat(c.counterpart()).isEqualTo(Worlds.MEGAN_BOWEN);
        });
        assertThat(moved.empty()).isFalse();

        restore.restore(kelleyInContoso(), plan, toMegan, false).orThrow();

        AccessDiff restored = compare.compare(kelleyInContoso(), plan, toMegan).orThrow();
        assertThat(restored.coAdministrators())
                .singleElement()
                .satisfies(c -> assertThat(c.regained()).isEqualTo(AccessDiff.Regained.MAPPED));
        assertThat(restored.missingCoAdministrators()).isEmpty();
        // the same restore read with Alex unmapped: nobody stands for him
        assertThat(compare.compare(kelleyInContoso(), plan, mapping()).orThrow().missingCoAdministrators())
                .hasSize(1);
    }

    @Test
    void anUnmappedCoAdministratorIsSkipped() {
        MovePlan plan = planned();
        move();

        Item alex = coAdministrator(
                restore.restore(kelleyInContoso(), plan, mapping(), false).orThrow());

        assertThat(alex.status()).isEqualTo(Status.SKIPPED);
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
    }

    @Test
    void R21_CoAdministratorLimitReached_the201stIsRefusedInTheDryRunToo() {
        MovePlan plan = planned();
        move();
        for (int i = 0; i < AddCoAdministrator.LIMIT; i++) {
            String n = String.format("%012d", i);
            p.coAdministrators()
                    .add(new CoAdministrator(
                            SUBSCRIPTION,
                            new ClassicAdministrator(
                                    new Identity.Personal(MicrosoftAccountId.of("77777777-0000-4000-8000-" + n)),
                                    Email.of("admin" + i + "@outlook.com")),
                            NOW));
        }

        for (boolean dryRun : new boolean[] {true, false}) {
            Item alex = coAdministrator(restore.restore(kelleyInContoso(), plan, alexAs(Worlds.MEGAN_BOWEN), dryRun)
                    .orThrow());
            assertThat(alex.status()).isEqualTo(Status.REFUSED);
            assertThat(alex.code()).isEqualTo(RuleCode.CoAdministratorLimitReached);
        }
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).hasSize(AddCoAdministrator.LIMIT);
    }

    @Test
    void R23_GuestInvitationNotRedeemed_aGuestWhoHasNotAcceptedIsRefused() {
        MovePlan plan = planned();
        move();
        ObjectId pending = ObjectId.of("0c000000-0000-4000-8000-0000000000ee");
        p.directoryUsers()
                .add(new DirectoryUser(
                        pending,
                        CONTOSO,
                        "Pat Pending",
                        "pat_fabrikam.com#EXT#@contoso.onmicrosoft.com",
                        Email.of("pat@fabrikam.com"),
                        DirectoryUser.UserType.Guest,
                        DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT,
                        new Identity.Work(
                                dev.cerulean.core.common.DirectoryId.of("eeeeeeee-0000-4000-8000-000000000001"),
                                pending),
                        DirectoryUser.InvitationState.PendingAcceptance,
                        null));

        Item alex = coAdministrator(
                restore.restore(kelleyInContoso(), plan, alexAs(pending), false).orThrow());

        assertThat(alex.status()).isEqualTo(Status.REFUSED);
        assertThat(alex.code()).isEqualTo(RuleCode.GuestInvitationNotRedeemed);
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
    }

    @Test
    void R20_CoAdministratorNotInDirectory_mappedToSomeoneWhoIsNoUserOfTheNewDirectory() {
        MovePlan plan = planned();
        move();

        Item alex = coAdministrator(restore.restore(kelleyInContoso(), plan, alexAs(Worlds.SAM_READER), false)
                .orThrow());

        assertThat(alex.status()).isEqualTo(Status.REFUSED);
        assertThat(alex.code()).isEqualTo(RuleCode.CoAdministratorNotInDirectory);
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
    }

    @Test
    void R19_RequiresServiceOrCoAdministrator_anOwnerRestoresAccessButNamesNoCoAdministrator() {
        MovePlan plan = planned();
        move();
        uses.access()
                .createRoleAssignment()
                .create(
                        kelleyInContoso(),
                        new CreateRoleAssignment.Request(
                                new RoleAssignmentId(UUID.randomUUID()),
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.OWNER.id(),
                                Worlds.MEGAN_BOWEN))
                .orThrow();

        RestoreReport report = restore.restore(w.world().megan(), plan, alexAs(Worlds.LEE_GU), false)
                .orThrow();

        Item alex = coAdministrator(report);
        assertThat(alex.status()).isEqualTo(Status.REFUSED);
        assertThat(alex.code()).isEqualTo(RuleCode.RequiresServiceOrCoAdministrator);
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
        assertThat(report.count(Status.RESTORED)).isPositive();
    }

    @Test
    void PrincipalNotInPlan_aMappedCoAdministratorThePlanDoesNotHave() {
        MovePlan plan = planned();
        move();
        MoveMapping m = mapping();
        var stranger = new MoveMapping(
                m.targets(), m.reenable(), Set.of(), Map.of("someone.else@outlook.com", Worlds.MEGAN_BOWEN));

        assertRefused(() -> restore.restore(kelleyInContoso(), plan, stranger, false), RuleCode.PrincipalNotInPlan);
    }
}
