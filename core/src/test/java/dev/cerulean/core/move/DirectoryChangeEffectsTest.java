package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KV_WEB;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.FollowUpItem.Kind;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a directory change does, atomically: R12–R14, R34 and PreconditionFailed (steps 2.4–2.5). */
class DirectoryChangeEffectsTest extends LinkedWorldTest {
    // R12–R14: what the change does

    private static final RoleDefinitionId WEB_OPERATOR = RoleDefinitionId.of("0f000000-0000-4000-8000-0000000000c1");
    private static final RoleAssignmentId WEB_OPERATOR_ON_VM =
            RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000c2");

    private void customRoleAssignedOnTheVm() {
        p.roleDefinitions()
                .add(new RoleDefinition(
                        WEB_OPERATOR,
                        "Web Operator",
                        "restarts the web VM",
                        false,
                        SUBSCRIPTION,
                        List.of("Microsoft.Compute/virtualMachines/*"),
                        List.of(),
                        List.of(Scope.subscription(SUBSCRIPTION))));
        p.roleAssignments()
                .add(new RoleAssignment(
                        WEB_OPERATOR_ON_VM,
                        Scope.of(VM_WEB),
                        SAM_READER,
                        RoleAssignment.PrincipalType.User,
                        WEB_OPERATOR,
                        DEFAULT_DIRECTORY,
                        NOW,
                        "test"));
        p.subscriptions().touch(SUBSCRIPTION);
    }

    @Test
    void R12_previewListsEveryCoAdministratorRoleAssignmentAndCustomRole() {
        customRoleAssignedOnTheVm();

        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);

        assertThat(preview.coAdministratorsToRemove())
                .extracting(c -> c.administrator().email().value())
                .containsExactly("alex.ops@outlook.com");
        assertThat(preview.roleAssignmentsToDelete())
                .extracting(RoleAssignment::id)
                .containsExactlyInAnyOrder(
                        Worlds.SAM_READER_ASSIGNMENT, Worlds.AUTOMATION_ASSIGNMENT, WEB_OPERATOR_ON_VM);
        assertThat(preview.roleAssignmentsByResourceGroup()).containsOnlyKeys("rg-web");
        assertThat(preview.roleAssignmentsByResourceGroup().get("RG-WEB"))
                .extracting(RoleAssignment::id)
                .containsExactlyInAnyOrder(Worlds.SAM_READER_ASSIGNMENT, WEB_OPERATOR_ON_VM);
        assertThat(preview.subscriptionScopeRoleAssignments())
                .extracting(RoleAssignment::id)
                .containsExactly(Worlds.AUTOMATION_ASSIGNMENT);
        assertThat(preview.customRolesToDelete()).extracting(RoleDefinition::id).containsExactly(WEB_OPERATOR);
        assertThat(preview.version()).isEqualTo(w.subscription().version());
    }

    @Test
    void R12_removesEveryCoAdministratorRoleAssignmentAndCustomRole() {
        customRoleAssignedOnTheVm();
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);

        w.changeDirectory().apply(kelley, preview).orThrow();

        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.roleAssignments().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.roleDefinitions().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.activityLog().ofSubscription(SUBSCRIPTION))
                .extracting(e -> e.operation())
                .contains(
                        "Microsoft.Authorization/classicAdministrators/delete",
                        "Microsoft.Authorization/roleDefinitions/delete")
                .filteredOn("Microsoft.Authorization/roleAssignments/delete"::equals)
                .hasSize(3);
    }

    @Test
    void R12_aGroupsRoleAssignmentIsPreviewedAndRemovedWhileTheGroupStays() {
        var uses = Worlds.useCases(p);
        var group = uses.groups()
                .create()
                .create(kelley, DEFAULT_DIRECTORY, CreateGroup.Request.security("Web ops", "web-ops", null))
                .orThrow();
        var assigned = uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000b1"),
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                group.id()))
                .orThrow()
                .assignment();

        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        assertThat(preview.roleAssignmentsByPrincipalType().get(RoleAssignment.PrincipalType.Group))
                .containsExactly(assigned);
        assertThat(preview.roleAssignmentsByPrincipalType().get(RoleAssignment.PrincipalType.ServicePrincipal))
                .extracting(RoleAssignment::id)
                .containsExactly(Worlds.AUTOMATION_ASSIGNMENT);
        w.changeDirectory().apply(kelley, preview).orThrow();

        assertThat(p.roleAssignments().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.groups().byId(DEFAULT_DIRECTORY, group.id())).isPresent();
    }

    @Test
    void R13_keepsIdResourcesOfferStateAndAdministrators() {
        Subscription before = w.subscription();
        List<Resource> resourcesBefore = p.resources().of(SUBSCRIPTION);

        DirectoryChangeResult result = w.changeDirectory()
                .apply(kelley, w.preview(kelley, DirectoryChangeMode.CLASSIC))
                .orThrow();

        Subscription after = w.subscription();
        assertThat(result.subscription()).isEqualTo(after);
        assertThat(after.directory()).isEqualTo(CONTOSO);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.displayName()).isEqualTo(before.displayName());
        assertThat(after.offer()).isEqualTo(before.offer());
        assertThat(after.state()).isEqualTo(before.state());
        assertThat(after.accountAdministrator()).isEqualTo(before.accountAdministrator());
        assertThat(after.serviceAdministrator()).isEqualTo(before.serviceAdministrator());
        assertThat(after.serviceAdministratorLostAccess()).isFalse();
        assertThat(p.resources().of(SUBSCRIPTION))
                .extracting(Resource::id)
                .containsExactlyInAnyOrderElementsOf(
                        resourcesBefore.stream().map(Resource::id).toList());
        assertThat(p.resourceGroups().of(SUBSCRIPTION))
                .extracting(g -> g.name())
                .containsExactly("rg-web");
    }

    @Test
    void R13_workAccountServiceAdministratorOfTheOldDirectoryLosesAccess() {
        samIsServiceAdministrator();
        owner(Worlds.KELLEY_IN_DEFAULT, "0a000000-0000-4000-8000-0000000000f3");
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.MODERN);
        assertThat(preview.serviceAdministratorLosesAccess()).isTrue();
        assertThat(preview.followUps(Kind.ServiceAdministratorLostAccess))
                .extracting(f -> f.target())
                .containsExactly("sam.reader@kelleywalloutlook.onmicrosoft.com");

        DirectoryChangeResult result =
                w.changeDirectory().apply(kelley, preview).orThrow();

        assertThat(w.subscription().serviceAdministratorLostAccess()).isTrue();
        assertThat(w.subscription().serviceAdministrator().email().value())
                .isEqualTo("sam.reader@kelleywalloutlook.onmicrosoft.com");
        assertThat(result.followUpItems()).extracting(FollowUpItem::kind).contains(Kind.ServiceAdministratorLostAccess);
    }

    @Test
    void R13_workAccountServiceAdministratorWhoIsAlsoInTheTargetKeepsAccess() {
        samIsServiceAdministrator();
        samIsGuestOfContoso();
        owner(Worlds.KELLEY_IN_DEFAULT, "0a000000-0000-4000-8000-0000000000f3");

        w.changeDirectory()
                .apply(kelley, w.preview(kelley, DirectoryChangeMode.MODERN))
                .orThrow();

        assertThat(w.subscription().serviceAdministratorLostAccess()).isFalse();
    }

    @Test
    void R14_followUpItemsRecordedIdentitiesDisabledKeyVaultKeepsItsTenant() {
        ResourceId uai = ResourceId.of(SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
        p.resources()
                .add(new Resource(
                        uai,
                        "westeurope",
                        null,
                        new Resource.ManagedIdentity(
                                ObjectId.of("0e000000-0000-4000-8000-0000000000d1"), DEFAULT_DIRECTORY, true)));
        p.subscriptions().touch(SUBSCRIPTION);
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        assertThat(preview.followUps())
                .containsExactly(
                        new DirectoryChangePreview.PlannedFollowUp(Kind.KeyVaultTenant, KV_WEB.toString()),
                        new DirectoryChangePreview.PlannedFollowUp(Kind.SystemAssignedIdentity, VM_WEB.toString()),
                        new DirectoryChangePreview.PlannedFollowUp(Kind.UserAssignedIdentity, uai.toString()));

        DirectoryChangeResult result =
                w.changeDirectory().apply(kelley, preview).orThrow();

        assertThat(p.followUpItems().of(SUBSCRIPTION)).containsExactlyInAnyOrderElementsOf(result.followUpItems());
        assertThat(result.followUpItems())
                .allSatisfy(i -> {
                    assertThat(i.fromDirectory()).isEqualTo(DEFAULT_DIRECTORY);
                    assertThat(i.toDirectory()).isEqualTo(CONTOSO);
                    assertThat(i.createdAt()).isEqualTo(NOW);
                })
                .hasSize(3);
        assertThat(p.resources().byId(KV_WEB).orElseThrow().tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(p.resources().byId(VM_WEB).orElseThrow().identity().enabled())
                .isFalse();
        assertThat(result.newDirectory()).isEqualTo(CONTOSO);
    }

    @Test
    void R14_moverDoesNotBecomeGlobalAdministratorOfTheTarget() {
        samIsGuestOfContoso();
        owner(SAM_READER, "0a000000-0000-4000-8000-0000000000f1");
        List<ObjectId> globalAdministrators = p.directoryRoles().members(CONTOSO, DirectoryRole.GlobalAdministrator);

        w.changeDirectory()
                .apply(w.world().samReader(), w.preview(w.world().samReader(), DirectoryChangeMode.MODERN))
                .orThrow();

        assertThat(p.directoryRoles().members(CONTOSO, DirectoryRole.GlobalAdministrator))
                .containsExactlyInAnyOrderElementsOf(globalAdministrators);
    }

    @Test
    void R34_eachMoveIsInTheActivityLog() {
        w.changeDirectory()
                .apply(kelley, w.preview(kelley, DirectoryChangeMode.CLASSIC))
                .orThrow();

        var entry = p.activityLog().ofSubscription(SUBSCRIPTION).get(0);
        assertThat(entry.operation()).isEqualTo("Microsoft.Subscription/updateTenant/action");
        assertThat(entry.message()).isEqualTo("moved from tenant " + DEFAULT_DIRECTORY + " to tenant " + CONTOSO);
        assertThat(entry.caller()).isEqualTo("kelley.wall@outlook.com");
        assertThat(entry.subscription()).isEqualTo(SUBSCRIPTION);
        assertThat(entry.at()).isEqualTo(NOW);
    }

    // atomicity

    @Test
    void PreconditionFailed_whenPreviewIsStale() {
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        Caller megan = w.world().megan();
        p.coAdministrators()
                .add(new CoAdministrator(SUBSCRIPTION, new ClassicAdministrator(megan.identity(), megan.email()), NOW));
        p.subscriptions().touch(SUBSCRIPTION);

        assertRefused(() -> w.changeDirectory().apply(kelley, preview), RuleCode.PreconditionFailed);
    }

    @Test
    void PreconditionFailed_whenTheSamePreviewIsAppliedTwice() {
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        w.changeDirectory().apply(kelley, preview).orThrow();

        assertRefused(() -> w.changeDirectory().apply(kelley, preview), RuleCode.PreconditionFailed);
    }

    @Test
    void PreconditionFailed_whenAConcurrentTransactionWins() {
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        Transactions losing = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw new ConcurrentChange("serialization failure", null);
            }
        };

        assertRefused(() -> w.changeDirectory(losing).apply(kelley, preview), RuleCode.PreconditionFailed);
    }

    @Test
    void PreconditionFailed_whenTheVersionCheckedUpdateLosesTheRace() {
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        // another node moved the version between this transaction's read and its update
        var racing = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
                if (m.getName().equals("update")) return false;
                return m.invoke(p.subscriptions(), args);
            }
        };
        var subscriptions = (Subscriptions)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Subscriptions.class}, racing);
        var change = new ChangeDirectory(
                p.transactions(),
                subscriptions,
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers(),
                p.followUpItems(),
                p.clock(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));

        assertRefused(() -> change.apply(kelley, preview), RuleCode.PreconditionFailed);
    }

    @Test
    void PreconditionFailed_whenAConcurrentMoveCommitsBetweenTheStalenessCheckAndTheRules() {
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        // the first reading still sees the old directory; another request's move commits right after it,
        // so the rules then see the subscription in the target already (SameDirectory)
        var racing = new InvocationHandler() {
            boolean moved;

            @Override
            public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
                Object result = m.invoke(p.subscriptions(), args);
                if (m.getName().equals("byId") && !moved) {
                    moved = true;
                    w.changeDirectory().apply(kelley, preview).orThrow();
                }
                return result;
            }
        };
        var subscriptions = (Subscriptions)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Subscriptions.class}, racing);
        var change = new ChangeDirectory(
                p.transactions(),
                subscriptions,
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers(),
                p.followUpItems(),
                p.clock(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));

        assertThat(change.apply(kelley, preview).code()).isEqualTo(RuleCode.PreconditionFailed);
        assertThat(w.subscription().version()).isEqualTo(preview.version() + 1);
        assertThat(p.activityLog().ofSubscription(SUBSCRIPTION))
                .filteredOn(e -> e.operation().equals(ChangeDirectory.OPERATION))
                .hasSize(1);
    }
}
