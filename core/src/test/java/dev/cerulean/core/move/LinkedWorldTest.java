package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.ClassicAdministrator;
import java.util.function.Supplier;

/** The demo world after step 1 (Contoso linked), with what the directory-change tests share. */
abstract class LinkedWorldTest {
    final MoveWorld w = MoveWorld.kelleyWall().withContosoLinked();
    final Ports p = w.ports();
    final Caller kelley = w.world().kelleyMsaInDefault();

    Outcome<DirectoryChangePreview> preview(Caller caller, DirectoryId target, DirectoryChangeMode mode) {
        return w.previewChange().preview(caller, SUBSCRIPTION, target, mode);
    }

    void assertRefused(Supplier<Outcome<?>> action, RuleCode code) {
        WorldSnapshot before = WorldSnapshot.of(p);
        Outcome<?> outcome = action.get();
        assertThat(outcome.code()).isEqualTo(code);
        assertThat(WorldSnapshot.of(p)).isEqualTo(before);
    }

    /** Sam (work account of Default Directory) as an accepted B2B guest of Contoso. */
    void samIsGuestOfContoso() {
        p.directoryUsers()
                .add(new DirectoryUser(
                        ObjectId.of("0c000000-0000-4000-8000-0000000000bb"),
                        CONTOSO,
                        "Sam Reader",
                        "sam.reader_kelleywalloutlook.onmicrosoft.com#EXT#@contoso.onmicrosoft.com",
                        Email.of("sam.reader@kelleywalloutlook.onmicrosoft.com"),
                        DirectoryUser.UserType.Guest,
                        DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT,
                        new Identity.Work(DEFAULT_DIRECTORY, SAM_READER),
                        DirectoryUser.InvitationState.Accepted,
                        null));
    }

    void owner(ObjectId principal, String id) {
        p.roleAssignments()
                .add(new RoleAssignment(
                        RoleAssignmentId.of(id),
                        Scope.subscription(SUBSCRIPTION),
                        principal,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.OWNER.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "test"));
        p.subscriptions().touch(SUBSCRIPTION);
    }

    void samIsServiceAdministrator() {
        w.rewrite(s -> s.withServiceAdministrator(new ClassicAdministrator(
                w.world().samReader().identity(), w.world().samReader().email())));
    }
}
