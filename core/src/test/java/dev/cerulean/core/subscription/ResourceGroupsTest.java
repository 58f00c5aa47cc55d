package dev.cerulean.core.subscription;

import static dev.cerulean.core.fixtures.Worlds.AUTOMATION_ASSIGNMENT;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KV_WEB;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.resource.CreateOrUpdateResourceGroup;
import dev.cerulean.core.resource.CreateResource;
import dev.cerulean.core.resource.DeleteResourceGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceGroupsTest {
    private final SubscriptionFixture f = new SubscriptionFixture();
    private final Caller kelley = f.world.kelleyMsaInDefault();

    private final CreateOrUpdateResourceGroup put = new CreateOrUpdateResourceGroup(
            f.p.subscriptions(), f.p.resourceGroups(), f.authorize, f.p.transactions(), f.activity);
    private final DeleteResourceGroup delete = new DeleteResourceGroup(
            f.p.subscriptions(),
            f.p.resourceGroups(),
            f.p.resources(),
            f.p.roleAssignments(),
            new dev.cerulean.core.resource.IdentityAssignments(f.p.roleAssignments(), f.p.subscriptions(), f.activity),
            f.authorize,
            f.p.transactions(),
            f.activity);
    private final CreateResource create = new CreateResource(
            f.p.subscriptions(),
            f.p.resourceGroups(),
            f.p.resources(),
            f.authorize,
            f.p.transactions(),
            f.p.ids(),
            f.activity);

    /** What a refusal must leave untouched. */
    private record State(
            Subscription subscription,
            List<ResourceGroup> groups,
            int resources,
            int assignments,
            int activityEntries) {}

    private State state() {
        return new State(
                f.subscription(SUBSCRIPTION),
                f.p.resourceGroups().of(SUBSCRIPTION),
                f.p.resources().of(SUBSCRIPTION).size(),
                f.p.roleAssignments().of(SUBSCRIPTION).size(),
                f.p.activityLog().all().size());
    }

    @Test
    void serviceAdministratorCreatesAResourceGroup() {
        long version = f.subscription(SUBSCRIPTION).version();

        var result = put.put(kelley, SUBSCRIPTION, "rg-data", "West Europe", Map.of("env", "test"))
                .orThrow();

        assertThat(result.created()).isTrue();
        assertThat(result.group())
                .isEqualTo(new ResourceGroup(SUBSCRIPTION, "rg-data", "westeurope", Map.of("env", "test")));
        assertThat(f.p.resourceGroups().byName(SUBSCRIPTION, "RG-DATA")).contains(result.group());
        assertThat(f.subscription(SUBSCRIPTION).version()).isEqualTo(version + 1);
        assertThat(f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0).operation())
                .isEqualTo("Microsoft.Resources/subscriptions/resourceGroups/write");
    }

    @Test
    void contributorAppCreatesAResourceGroup() {
        assertThat(put.put(f.world.demoAutomation(), SUBSCRIPTION, "rg-ci", "northeurope", null)
                        .isOk())
                .isTrue();
    }

    @Test
    void putOnAnExistingGroupReplacesItsTagsAndKeepsItsLocationAndName() {
        var result = put.put(kelley, SUBSCRIPTION, "RG-WEB", "westeurope", Map.of("owner", "kelley"))
                .orThrow();

        assertThat(result.created()).isFalse();
        assertThat(result.group())
                .isEqualTo(new ResourceGroup(SUBSCRIPTION, "rg-web", "westeurope", Map.of("owner", "kelley")));
    }

    @Test
    void anExistingGroupCannotMove() {
        State before = state();

        assertThat(put.put(kelley, SUBSCRIPTION, "rg-web", "northeurope", Map.of())
                        .code())
                .isEqualTo(RuleCode.InvalidLocation);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void namesAndLocationsAreCheckedAsArmDoes() {
        State before = state();
        for (String bad : new String[] {null, "", "ends.", "a/b", "with space", "x".repeat(91), "ü"}) {
            Outcome<CreateOrUpdateResourceGroup.Result> out = put.put(kelley, SUBSCRIPTION, bad, "westeurope", null);
            assertThat(out.code()).as(bad).isEqualTo(RuleCode.InvalidName);
            assertThat(((Outcome.Rejected<?>) out).args().get(0)).isEqualTo("resourceGroupName");
        }
        for (String bad : new String[] {null, "", " ", "west/europe"}) {
            assertThat(put.put(kelley, SUBSCRIPTION, "rg-new", bad, null).code())
                    .as(bad)
                    .isEqualTo(RuleCode.InvalidLocation);
        }
        assertThat(put.put(kelley, SUBSCRIPTION, "a-b_c.d(e)" + "x".repeat(80), "westeurope", null)
                        .isOk())
                .isTrue();
        assertThat(state().groups()).hasSize(before.groups().size() + 1);
    }

    @Test
    void aReaderMayNotCreateOrDeleteGroups() {
        State before = state();

        assertThat(put.put(f.world.samReader(), SUBSCRIPTION, "rg-web", "westeurope", Map.of("x", "y"))
                        .code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(delete.delete(f.world.samReader(), SUBSCRIPTION, "rg-web").code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void unknownAndInactiveSubscriptionsAreRefused() {
        SubscriptionId unknown = SubscriptionId.of("5b5b5b5b-0000-4000-8000-0000000000ff");
        assertThat(put.put(kelley, unknown, "rg", "westeurope", null).code()).isEqualTo(RuleCode.SubscriptionNotFound);
        f.setState(SUBSCRIPTION, Subscription.SubscriptionState.Disabled);
        State before = state();
        assertThat(put.put(kelley, SUBSCRIPTION, "rg", "westeurope", null).code())
                .isEqualTo(RuleCode.SubscriptionNotActive);
        assertThat(delete.delete(kelley, SUBSCRIPTION, "rg-web").code()).isEqualTo(RuleCode.SubscriptionNotActive);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void deletingAGroupDeletesItsResourcesAndTheRoleAssignmentsAtOrBelowIt() {
        put.put(kelley, SUBSCRIPTION, "rg-web2", "westeurope", null).orThrow();
        RoleAssignment sibling =
                assignment("0a000000-0000-4000-8000-0000000000f1", Scope.resourceGroup(SUBSCRIPTION, "rg-web2"));
        RoleAssignment onVault = assignment("0a000000-0000-4000-8000-0000000000f2", Scope.of(KV_WEB));
        f.p.roleAssignments().add(sibling);
        f.p.roleAssignments().add(onVault);
        long version = f.subscription(SUBSCRIPTION).version();
        int entries = f.p.activityLog().all().size();

        var result = delete.delete(kelley, SUBSCRIPTION, "RG-Web").orThrow();

        assertThat(result.resources()).hasSize(2);
        assertThat(result.roleAssignments())
                .extracting(RoleAssignment::id)
                .containsExactlyInAnyOrder(dev.cerulean.core.fixtures.Worlds.SAM_READER_ASSIGNMENT, onVault.id());
        assertThat(f.p.resourceGroups().byName(SUBSCRIPTION, "rg-web")).isEmpty();
        assertThat(f.p.resources().inGroup(SUBSCRIPTION, "rg-web")).isEmpty();
        assertThat(f.p.roleAssignments().of(SUBSCRIPTION))
                .extracting(RoleAssignment::id)
                .containsExactlyInAnyOrder(AUTOMATION_ASSIGNMENT, sibling.id());
        assertThat(f.subscription(SUBSCRIPTION).version()).isEqualTo(version + 1);
        assertThat(f.p.activityLog().all()).hasSize(entries + 3);
        assertThat(f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0).operation())
                .isEqualTo("Microsoft.Resources/subscriptions/resourceGroups/delete");
    }

    @Test
    void deletingAnUnknownGroupIsResourceGroupNotFound() {
        State before = state();

        assertThat(delete.delete(kelley, SUBSCRIPTION, "rg-none").code()).isEqualTo(RuleCode.ResourceGroupNotFound);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aKeyVaultTrustsTheSubscriptionsDirectory() {
        Resource vault = create.create(
                        kelley,
                        SUBSCRIPTION,
                        new CreateResource.Request("rg-web", "Microsoft.KeyVault/vaults", "kv-data", "", false))
                .orThrow();

        assertThat(vault.isKeyVault()).isTrue();
        assertThat(vault.tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(vault.location()).as("the group's").isEqualTo("westeurope");
        assertThat(f.p.resources().byId(vault.id())).contains(vault);
        assertThat(f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0).operation())
                .isEqualTo("Microsoft.KeyVault/vaults/write");
    }

    @Test
    void aVirtualMachineMayHaveASystemAssignedIdentity() {
        Resource withIdentity = create.create(
                        kelley,
                        SUBSCRIPTION,
                        new CreateResource.Request("rg-web", Resource.VIRTUAL_MACHINE, "vm-api", "northeurope", true))
                .orThrow();
        Resource without = create.create(
                        kelley,
                        SUBSCRIPTION,
                        new CreateResource.Request("rg-web", Resource.VIRTUAL_MACHINE, "vm-batch", null, false))
                .orThrow();

        assertThat(withIdentity.hasSystemAssignedIdentity()).isTrue();
        assertThat(withIdentity.identity().tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(withIdentity.identity().enabled()).isTrue();
        assertThat(withIdentity.location()).isEqualTo("northeurope");
        assertThat(without.identity()).isNull();
    }

    @Test
    void userAssignedIdentitiesAndPlainResources() {
        Resource identity = create.create(
                        kelley,
                        SUBSCRIPTION,
                        new CreateResource.Request("rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web", null, false))
                .orThrow();
        Resource storage = create.create(
                        kelley,
                        SUBSCRIPTION,
                        new CreateResource.Request("rg-web", "Microsoft.Storage/storageAccounts", "stweb", null, false))
                .orThrow();

        assertThat(identity.isUserAssignedIdentity()).isTrue();
        assertThat(identity.identity().tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(storage.identity()).isNull();
        assertThat(storage.tenantId()).isNull();
        assertThat(storage.id())
                .isEqualTo(ResourceId.parse("/subscriptions/" + SUBSCRIPTION
                                + "/resourceGroups/rg-web/providers/Microsoft.Storage/storageAccounts/stweb")
                        .orElseThrow());
    }

    @Test
    void resourcesNeedAnExistingGroupANewNameAndPermission() {
        State before = state();

        assertThat(create.create(
                                kelley,
                                SUBSCRIPTION,
                                new CreateResource.Request("rg-none", Resource.KEY_VAULT, "kv", null, false))
                        .code())
                .isEqualTo(RuleCode.ResourceGroupNotFound);
        assertThat(create.create(
                                kelley,
                                SUBSCRIPTION,
                                new CreateResource.Request("rg-web", Resource.KEY_VAULT, "KV-WEB", null, false))
                        .code())
                .isEqualTo(RuleCode.ResourceExists);
        assertThat(create.create(
                                f.world.samReader(),
                                SUBSCRIPTION,
                                new CreateResource.Request("rg-web", Resource.KEY_VAULT, "kv-new", null, false))
                        .code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(create.create(
                                kelley,
                                SUBSCRIPTION,
                                new CreateResource.Request("rg-web", "vaults", "kv-new", null, false))
                        .code())
                .isEqualTo(RuleCode.InvalidName);
        assertThat(create.create(
                                kelley,
                                SUBSCRIPTION,
                                new CreateResource.Request("rg-web", Resource.KEY_VAULT, "kv/new", null, false))
                        .code())
                .isEqualTo(RuleCode.InvalidName);
        assertThat(create.create(
                                kelley,
                                SUBSCRIPTION,
                                new CreateResource.Request("rg-web", Resource.KEY_VAULT, "kv-new", "x", false))
                        .code())
                .isEqualTo(RuleCode.InvalidLocation);
        assertThat(state()).isEqualTo(before);
    }

    private static RoleAssignment assignment(String id, Scope scope) {
        return new RoleAssignment(
                RoleAssignmentId.of(id),
                scope,
                SAM_READER,
                RoleAssignment.PrincipalType.User,
                BuiltInRoles.READER.id(),
                DEFAULT_DIRECTORY,
                NOW,
                "kelley.wall@outlook.com");
    }
}
