package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.GroupSpec;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.SubscriptionSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups in world files: members, owners and nesting, checked like the core checks them, and exported back. */
class LoadWorldGroupsTest {
    private static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    private static final ObjectId OUTER = ObjectId.of("0e000000-0000-4000-8000-000000000a01");

    private final Ports ports = InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds());

    private static PrincipalRef user(String upn) {
        return new PrincipalRef(upn, null, null, null);
    }

    private static PrincipalRef group(String name) {
        return new PrincipalRef(null, null, null, null, name);
    }

    private static GroupSpec spec(ObjectId id, String name, List<PrincipalRef> members, List<PrincipalRef> owners) {
        return new GroupSpec(id, name, null, null, null, members, owners);
    }

    /** The demo world with these groups in Default Directory and these assignments added to its subscription. */
    private static World demoWith(List<GroupSpec> groups, List<AssignmentSpec> assignments) {
        World demo = DemoWorld.world();
        List<DirectorySpec> directories = new ArrayList<>(demo.directories());
        DirectorySpec d = directories.get(0);
        directories.set(
                0,
                new DirectorySpec(
                        d.id(),
                        d.name(),
                        d.initialDomain(),
                        d.country(),
                        d.origin(),
                        d.createdBy(),
                        d.createdAt(),
                        d.domains(),
                        d.users(),
                        d.apps(),
                        d.rootRoleAssignments(),
                        groups));
        SubscriptionSpec s = demo.subscriptions().get(0);
        List<AssignmentSpec> all = new ArrayList<>(s.roleAssignments());
        all.addAll(assignments);
        var subscription = new SubscriptionSpec(
                s.id(),
                s.name(),
                s.offer(),
                s.state(),
                s.directory(),
                s.accountAdministrator(),
                s.serviceAdministrator(),
                s.serviceAdministratorLostAccess(),
                s.coAdministrators(),
                s.resourceGroups(),
                s.customRoles(),
                all);
        return new World(demo.accounts(), directories, List.of(subscription));
    }

    private List<WorldProblem> problemsOf(World world) {
        var result = new LoadWorld(ports).load(world);
        assertThat(result).isInstanceOf(LoadWorld.Invalid.class);
        assertThat(ports.directories().all()).isEmpty();
        return ((LoadWorld.Invalid) result).problems();
    }

    @Test
    void groupsAreLoadedWithNestedMembersOwnersAndAssignmentsByName() {
        World world = demoWith(
                List.of(
                        spec(OUTER, "Outer", List.of(group("inner")), List.of(user(SAM))),
                        spec(
                                null,
                                "Inner",
                                List.of(user(SAM), new PrincipalRef(null, Worlds.DEMO_AUTOMATION_CLIENT, null, null)),
                                List.of())),
                List.of(new AssignmentSpec(
                        null,
                        "/subscriptions/" + Worlds.SUBSCRIPTION + "/resourceGroups/rg-web",
                        group("Outer"),
                        "Contributor",
                        null,
                        null,
                        null)));

        assertThat(new LoadWorld(ports).load(world).isLoaded()).isTrue();

        List<Group> groups = ports.groups().page(Worlds.DEFAULT_DIRECTORY, GroupFilter.ALL, 0, 10);
        assertThat(groups).extracting(Group::displayName).containsExactly("Inner", "Outer");
        Group inner = groups.get(0);
        assertThat(ports.groups().members(Worlds.DEFAULT_DIRECTORY, OUTER))
                .containsExactly(new GroupMember(inner.id(), GroupMember.Type.Group));
        assertThat(ports.groups().owners(Worlds.DEFAULT_DIRECTORY, OUTER))
                .containsExactly(new GroupMember(Worlds.SAM_READER, GroupMember.Type.User));
        assertThat(ports.groups().transitiveGroupsOf(Worlds.DEFAULT_DIRECTORY, Worlds.DEMO_AUTOMATION_SP))
                .containsExactlyInAnyOrder(inner.id(), OUTER);
        assertThat(ports.roleAssignments().of(Worlds.SUBSCRIPTION)).anySatisfy(a -> {
            assertThat(a.principalId()).isEqualTo(OUTER);
            assertThat(a.principalType()).isEqualTo(PrincipalType.Group);
        });
    }

    @Test
    void exportThenLoadGivesTheSameGroups() {
        World world = demoWith(
                List.of(
                        spec(OUTER, "Outer", List.of(group("Inner"), user(SAM)), List.of(user(SAM))),
                        spec(null, "Inner", List.of(), List.of())),
                List.of());
        assertThat(new LoadWorld(ports).load(world).isLoaded()).isTrue();
        World exported = new ExportWorld(ports).export();

        Ports copy = InMemoryPorts.create(Clock.systemUTC(), IdGenerator.random());
        assertThat(new LoadWorld(copy).load(exported).isLoaded()).isTrue();

        assertThat(new ExportWorld(copy).export()).isEqualTo(exported);
        assertThat(exported.directories().get(0).groups()).hasSize(2);
    }

    @Test
    void aCycleAnUnknownMemberAGroupOwnerAndDuplicatesAreProblemsWithPaths() {
        var problems = problemsOf(demoWith(
                List.of(
                        spec(
                                OUTER,
                                "Outer",
                                List.of(group("Inner"), user("nobody@kelleywalloutlook.onmicrosoft.com")),
                                List.of(group("Inner"))),
                        spec(null, "Inner", List.of(group("Outer"), user(SAM), user(SAM)), List.of())),
                List.of()));

        assertThat(problems)
                .extracting(WorldProblem::path)
                .contains(
                        "/directories/0/groups/0/members/1/user",
                        "/directories/0/groups/0/owners/0",
                        "/directories/0/groups/1/members/2",
                        "/groups");
    }

    @Test
    void aMemberOrAssignmentNamingAnUnknownOrAmbiguousGroupIsAProblem() {
        var problems = problemsOf(demoWith(
                List.of(
                        spec(null, "Twin", List.of(), List.of()),
                        spec(null, "twin", List.of(), List.of()),
                        spec(null, "Ops", List.of(group("Twin"), group("Nobody")), List.of())),
                List.of(new AssignmentSpec(
                        null, "/subscriptions/" + Worlds.SUBSCRIPTION, group("Nobody"), "Reader", null, null, null))));

        assertThat(problems)
                .extracting(WorldProblem::path)
                .contains(
                        "/directories/0/groups/2/members/0/group",
                        "/directories/0/groups/2/members/1/group",
                        "/subscriptions/0/roleAssignments/2/principal/group");
        assertThat(problems).extracting(WorldProblem::message).anyMatch(m -> m.contains("several groups are named"));
    }

    @Test
    void invalidNamesAreProblems() {
        var problems = problemsOf(demoWith(
                List.of(
                        new GroupSpec(null, " ", null, null, null, List.of(), List.of()),
                        new GroupSpec(null, "Ops", "has space", "d".repeat(1025), null, List.of(), List.of())),
                List.of()));

        assertThat(problems)
                .extracting(WorldProblem::path)
                .contains(
                        "/directories/0/groups/0/displayName",
                        "/directories/0/groups/1/mailNickname",
                        "/directories/0/groups/1/description");
    }
}
