package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.ProposeMapping.Entry;
import dev.cerulean.core.move.ProposeMapping.Match;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Proposed counterparts in the destination for each principal of a plan, none guessed silently. */
class ProposeMappingTest extends LinkedWorldTest {
    private final UseCases uses = Worlds.useCases(p);

    private Group group(dev.cerulean.core.account.Caller caller, dev.cerulean.core.common.DirectoryId d, String name) {
        return uses.groups()
                .create()
                .create(caller, d, CreateGroup.Request.security(name, name.replace(' ', '-'), null))
                .orThrow();
    }

    private void reader(ObjectId principal) {
        uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                new RoleAssignmentId(UUID.randomUUID()),
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                principal))
                .orThrow();
    }

    private Entry entryOf(List<Entry> entries, ObjectId source) {
        return entries.stream()
                .filter(e -> e.source().id().equals(source))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachPrincipalGetsItsCounterpartOrTheReasonItHasNone() {
        samIsGuestOfContoso();
        Group webOps = group(kelley, DEFAULT_DIRECTORY, "Web ops");
        Group auditors = group(kelley, DEFAULT_DIRECTORY, "Auditors");
        reader(webOps.id());
        reader(auditors.id());
        reader(Worlds.VM_WEB_IDENTITY);
        var admin = w.world().contosoGlobalAdministrator();
        Group contosoWebOps = group(admin, CONTOSO, "Web ops");
        group(admin, CONTOSO, "Auditors");
        group(admin, CONTOSO, "auditors");
        MovePlan plan = uses.move()
                .planDirectoryChange()
                .plan(kelley, SUBSCRIPTION, CONTOSO)
                .orThrow();

        List<Entry> entries =
                uses.move().proposeMapping().propose(plan, CONTOSO).orThrow();

        Entry sam = entryOf(entries, Worlds.SAM_READER);
        assertThat(sam.match()).isEqualTo(Match.SAME_PERSON);
        assertThat(sam.target()).isEqualTo(ObjectId.of("0c000000-0000-4000-8000-0000000000bb"));
        assertThat(entryOf(entries, webOps.id()).target()).isEqualTo(contosoWebOps.id());
        assertThat(entryOf(entries, webOps.id()).match()).isEqualTo(Match.DISPLAY_NAME);
        assertThat(entryOf(entries, auditors.id()).match()).isEqualTo(Match.AMBIGUOUS);
        assertThat(entryOf(entries, auditors.id()).matched()).isFalse();
        assertThat(entryOf(entries, Worlds.DEMO_AUTOMATION_SP).match()).isEqualTo(Match.NONE);
        assertThat(entryOf(entries, Worlds.VM_WEB_IDENTITY).match()).isEqualTo(Match.MANAGED_IDENTITY);
        assertThat(entries).extracting(e -> e.source().id()).doesNotHaveDuplicates();
    }

    @Test
    void eachCoAdministratorGetsTheSamePersonOrAUserWithItsEmail_elseNone() {
        samIsGuestOfContoso();
        var sam = w.world().samReader();
        uses.subscription()
                .addCoAdministrator()
                .add(kelley, SUBSCRIPTION, sam.email().value())
                .orThrow();
        MovePlan plan = uses.move()
                .planDirectoryChange()
                .plan(kelley, SUBSCRIPTION, CONTOSO)
                .orThrow();

        var admins = uses.move()
                .proposeMapping()
                .proposeCoAdministrators(plan, CONTOSO)
                .orThrow();

        assertThat(admins)
                .extracting(a -> a.source().email())
                .containsExactly(
                        dev.cerulean.core.world.DemoWorld.ALEX, sam.email().value());
        // Alex's Microsoft account has no user in Contoso; Sam's guest there is the same person
        assertThat(admins.get(0).target()).isNull();
        assertThat(admins.get(0).match()).isEqualTo(Match.NONE);
        assertThat(admins.get(1).target()).isEqualTo(ObjectId.of("0c000000-0000-4000-8000-0000000000bb"));
        assertThat(admins.get(1).match()).isEqualTo(Match.SAME_PERSON);
    }

    @Test
    void DirectoryNotFound_anUnknownDestination() {
        MovePlan plan = uses.move()
                .planDirectoryChange()
                .plan(kelley, SUBSCRIPTION, CONTOSO)
                .orThrow();

        var outcome = uses.move()
                .proposeMapping()
                .propose(plan, dev.cerulean.core.common.DirectoryId.of("dddddddd-0000-4000-8000-00000000dead"));

        assertThat(outcome.code()).isEqualTo(RuleCode.DirectoryNotFound);
    }
}
