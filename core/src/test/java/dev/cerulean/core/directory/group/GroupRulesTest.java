package dev.cerulean.core.directory.group;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.CONTOSO_AUTOMATION_SP;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.LEE_GU;
import static dev.cerulean.core.fixtures.Worlds.MEGAN_BOWEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entra's rules for security groups, their members and owners, each refusal changing nothing. */
class GroupRulesTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final GroupUseCases groups = Worlds.useCases(p).groups();
    private final Caller admin = world.contosoGlobalAdministrator();
    private final Caller megan = world.megan();
    private final Caller lee =
            new Caller(new Identity.Work(CONTOSO, LEE_GU), CONTOSO, LEE_GU, Email.of("lee.gu@contoso.onmicrosoft.com"));

    private Group create(Caller caller, String name) {
        return groups.create()
                .create(caller, CONTOSO, CreateGroup.Request.security(name, name.replace(' ', '-'), null))
                .orThrow();
    }

    private int groupCount() {
        return p.groups().count(CONTOSO, GroupFilter.ALL);
    }

    @Test
    void aMemberCreatesASecurityGroupAndBecomesItsOwner() {
        Group g = create(megan, "Web operators");

        assertThat(p.groups().byId(CONTOSO, g.id())).contains(g);
        assertThat(p.groups().owners(CONTOSO, g.id()))
                .containsExactly(new GroupMember(MEGAN_BOWEN, GroupMember.Type.User));
        assertThat(p.activityLog().all())
                .anySatisfy(e -> assertThat(e.operation()).isEqualTo(CreateGroup.OPERATION));
    }

    @Test
    void anAdministratorCreatesAGroupWithoutOwningIt() {
        Group g = create(admin, "Auditors");

        assertThat(p.groups().owners(CONTOSO, g.id())).isEmpty();
    }

    @Test
    void UnsupportedGroupType_microsoft365AndMailEnabledGroupsAreRefused() {
        var unified = new CreateGroup.Request("Team", "team", null, true, false, List.of("Unified"));
        var mailEnabled = new CreateGroup.Request("Team", "team", null, true, true, List.of());
        var dynamic = new CreateGroup.Request("Team", "team", null, false, true, List.of("DynamicMembership"));

        for (var r : List.of(unified, mailEnabled, dynamic)) {
            assertThat(groups.create().create(admin, CONTOSO, r).code()).isEqualTo(RuleCode.UnsupportedGroupType);
        }
        assertThat(groupCount()).isZero();
    }

    @Test
    void InvalidDisplayName_InvalidMailNickname_InvalidGroupDescription_refuseTheGroup() {
        var create = groups.create();
        assertThat(create.create(admin, CONTOSO, CreateGroup.Request.security(" ", "ops", null))
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(create.create(admin, CONTOSO, CreateGroup.Request.security("x".repeat(257), "ops", null))
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(create.create(admin, CONTOSO, CreateGroup.Request.security("Ops", "has space", null))
                        .code())
                .isEqualTo(RuleCode.InvalidMailNickname);
        assertThat(create.create(admin, CONTOSO, CreateGroup.Request.security("Ops", "ops", "d".repeat(1025)))
                        .code())
                .isEqualTo(RuleCode.InvalidGroupDescription);
        assertThat(groupCount()).isZero();
    }

    @Test
    void InsufficientDirectoryRole_someoneWithoutAUserObjectThereMayNotCreate() {
        var outcome =
                groups.create().create(world.samReader(), CONTOSO, CreateGroup.Request.security("Ops", "ops", null));

        assertThat(outcome.code()).isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(groupCount()).isZero();
    }

    @Test
    void InsufficientDirectoryRole_aMemberWhoDoesNotOwnTheGroupMayNotChangeIt() {
        Group g = create(megan, "Web operators");

        assertThat(groups.members().addMember(lee, CONTOSO, g.id(), LEE_GU).code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(groups.update()
                        .update(lee, CONTOSO, g.id(), new UpdateGroup.Changes("Mine", null, null))
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(groups.update().delete(lee, CONTOSO, g.id()).code()).isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(p.groups().byId(CONTOSO, g.id())).contains(g);
        assertThat(p.groups().members(CONTOSO, g.id())).isEmpty();
    }

    @Test
    void ownersAndAdministratorsChangeMembers() {
        Group g = create(megan, "Web operators");

        assertThat(groups.members().addMember(megan, CONTOSO, g.id(), LEE_GU).isOk())
                .isTrue();
        assertThat(groups.members()
                        .addMember(admin, CONTOSO, g.id(), CONTOSO_AUTOMATION_SP)
                        .isOk())
                .isTrue();

        assertThat(p.groups().members(CONTOSO, g.id()))
                .containsExactlyInAnyOrder(
                        new GroupMember(LEE_GU, GroupMember.Type.User),
                        new GroupMember(CONTOSO_AUTOMATION_SP, GroupMember.Type.ServicePrincipal));
    }

    @Test
    void GroupMemberExists_addingAMemberTwice() {
        Group g = create(admin, "Ops");
        groups.members().addMember(admin, CONTOSO, g.id(), LEE_GU).orThrow();

        var again = groups.members().addMember(admin, CONTOSO, g.id(), LEE_GU);

        assertThat(again.code()).isEqualTo(RuleCode.GroupMemberExists);
        assertThat(p.groups().members(CONTOSO, g.id())).hasSize(1);
    }

    @Test
    void GroupMembershipCycle_aGroupInItselfOrUnderItsOwnMembers() {
        Group outer = create(admin, "Outer");
        Group inner = create(admin, "Inner");
        groups.members().addMember(admin, CONTOSO, outer.id(), inner.id()).orThrow();

        assertThat(groups.members()
                        .addMember(admin, CONTOSO, outer.id(), outer.id())
                        .code())
                .isEqualTo(RuleCode.GroupMembershipCycle);
        assertThat(groups.members()
                        .addMember(admin, CONTOSO, inner.id(), outer.id())
                        .code())
                .isEqualTo(RuleCode.GroupMembershipCycle);
        assertThat(p.groups().members(CONTOSO, inner.id())).isEmpty();
    }

    @Test
    void DirectoryObjectNotFound_GroupNotFound_referencesToNothing() {
        Group g = create(admin, "Ops");
        ObjectId nobody = new ObjectId(UUID.fromString("0e000000-0000-4000-8000-0000000000ff"));

        assertThat(groups.members().addMember(admin, CONTOSO, g.id(), nobody).code())
                .isEqualTo(RuleCode.DirectoryObjectNotFound);
        // an object of another directory is no object of this one
        assertThat(groups.members()
                        .addMember(admin, CONTOSO, g.id(), Worlds.SAM_READER)
                        .code())
                .isEqualTo(RuleCode.DirectoryObjectNotFound);
        assertThat(groups.members().addMember(admin, CONTOSO, nobody, LEE_GU).code())
                .isEqualTo(RuleCode.GroupNotFound);
        assertThat(groups.read().membersPage(CONTOSO, nobody, 0, 10).code()).isEqualTo(RuleCode.GroupNotFound);
        assertThat(groups.read().memberOfPage(CONTOSO, nobody, false, 0, 10).code())
                .isEqualTo(RuleCode.DirectoryObjectNotFound);
        assertThat(p.groups().members(CONTOSO, g.id())).isEmpty();
    }

    @Test
    void NotGroupMember_NotGroupOwner_removingWhatIsNotThere() {
        Group g = create(admin, "Ops");

        assertThat(groups.members().removeMember(admin, CONTOSO, g.id(), LEE_GU).code())
                .isEqualTo(RuleCode.NotGroupMember);
        assertThat(groups.members().removeOwner(admin, CONTOSO, g.id(), LEE_GU).code())
                .isEqualTo(RuleCode.NotGroupOwner);
    }

    @Test
    void InvalidGroupOwner_GroupOwnerExists_ownersAreUsersOrServicePrincipalsOnce() {
        Group g = create(admin, "Ops");
        Group other = create(admin, "Other");
        groups.members().addOwner(admin, CONTOSO, g.id(), LEE_GU).orThrow();

        assertThat(groups.members().addOwner(admin, CONTOSO, g.id(), other.id()).code())
                .isEqualTo(RuleCode.InvalidGroupOwner);
        assertThat(groups.members().addOwner(admin, CONTOSO, g.id(), LEE_GU).code())
                .isEqualTo(RuleCode.GroupOwnerExists);
        assertThat(p.groups().owners(CONTOSO, g.id())).containsExactly(new GroupMember(LEE_GU, GroupMember.Type.User));
    }

    @Test
    void GroupOwnerLimitReached_atOneHundredOwners() {
        Group g = create(admin, "Ops");
        for (int i = 0; i < ChangeGroupMembers.OWNER_LIMIT; i++) {
            p.groups()
                    .addOwner(
                            CONTOSO,
                            g.id(),
                            new GroupMember(
                                    new ObjectId(UUID.fromString(String.format("0f000000-0000-4000-8000-%012d", i))),
                                    GroupMember.Type.User));
        }

        var outcome = groups.members().addOwner(admin, CONTOSO, g.id(), LEE_GU);

        assertThat(outcome.code()).isEqualTo(RuleCode.GroupOwnerLimitReached);
        assertThat(p.groups().owners(CONTOSO, g.id())).hasSize(ChangeGroupMembers.OWNER_LIMIT);
    }

    @Test
    void nestedMembershipIsReadTransitively() {
        Group outer = create(admin, "Outer");
        Group inner = create(admin, "Inner");
        groups.members().addMember(admin, CONTOSO, outer.id(), inner.id()).orThrow();
        groups.members().addMember(admin, CONTOSO, inner.id(), LEE_GU).orThrow();

        assertThat(groups.read().memberOfPage(CONTOSO, LEE_GU, false, 0, 10).orThrow())
                .containsExactly(inner);
        assertThat(groups.read().memberOfPage(CONTOSO, LEE_GU, true, 0, 10).orThrow())
                .containsExactly(inner, outer);
        assertThat(groups.read()
                        .transitiveMembersPage(CONTOSO, outer.id(), 0, 10)
                        .orThrow())
                .extracting(GroupMember::id)
                .containsExactlyInAnyOrder(inner.id(), LEE_GU);
        assertThat(groups.read()
                        .checkMemberGroups(CONTOSO, LEE_GU, List.of(outer.id(), KELLEY_CONTOSO))
                        .orThrow())
                .containsExactly(outer.id());
        assertThat(groups.read().memberObjects(CONTOSO, LEE_GU).orThrow())
                .containsExactlyInAnyOrder(inner.id(), outer.id());
    }

    @Test
    void updatingAndDeletingAGroup() {
        Group g = create(megan, "Ops");
        groups.members().addMember(megan, CONTOSO, g.id(), LEE_GU).orThrow();

        Group renamed = groups.update()
                .update(megan, CONTOSO, g.id(), new UpdateGroup.Changes("Operations", null, "Runs things"))
                .orThrow();
        assertThat(renamed.displayName()).isEqualTo("Operations");
        assertThat(renamed.description()).isEqualTo("Runs things");
        assertThat(groups.update()
                        .update(megan, CONTOSO, g.id(), new UpdateGroup.Changes(null, "bad alias", null))
                        .code())
                .isEqualTo(RuleCode.InvalidMailNickname);
        assertThat(p.groups().byId(CONTOSO, g.id())).contains(renamed);

        groups.update().delete(megan, CONTOSO, g.id()).orThrow();

        assertThat(p.groups().byId(CONTOSO, g.id())).isEmpty();
        assertThat(p.groups().groupsOf(CONTOSO, LEE_GU)).isEmpty();
    }

    @Test
    void deletingAUserRemovesItsMembershipsAndOwnerships() {
        Group g = create(megan, "Ops");
        groups.members().addMember(megan, CONTOSO, g.id(), MEGAN_BOWEN).orThrow();

        Worlds.useCases(p)
                .directory()
                .deleteDirectoryUser()
                .delete(admin, CONTOSO, MEGAN_BOWEN)
                .orThrow();

        assertThat(p.groups().members(CONTOSO, g.id())).isEmpty();
        assertThat(p.groups().owners(CONTOSO, g.id())).isEmpty();
    }

    @Test
    void otherDirectoriesGroupsAreNotListed() {
        create(admin, "Ops");

        assertThat(groups.read().page(DEFAULT_DIRECTORY, GroupFilter.ALL, 0, 10))
                .isEmpty();
        assertThat(groups.read().page(CONTOSO, GroupFilter.ALL, 0, 10)).hasSize(1);
    }
}
