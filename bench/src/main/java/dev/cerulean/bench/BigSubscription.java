package dev.cerulean.bench;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a new Pay-As-You-Go subscription of Kelley Wall's Microsoft account into the Default
 * Directory of the demo world, through the ports, in one transaction. A full one is at the
 * limits a directory change has to cope with: 1,000 resources in 50 resource groups (100 key
 * vaults, 300 VMs with a system-assigned identity, 50 user-assigned identities, 550 storage
 * accounts), 4,000 role assignments (R28) over the subscription, its groups and resources,
 * three custom roles, and 200 co-administrators (R21). An empty one has none of these.
 */
final class BigSubscription {
    static final int GROUPS = 50;
    static final int KEY_VAULTS = 100;
    static final int VIRTUAL_MACHINES = 300;
    static final int USER_ASSIGNED_IDENTITIES = 50;
    static final int RESOURCES = 1000;
    static final int ASSIGNMENTS = 4000;
    static final int CUSTOM_ROLES = 3;
    static final int CO_ADMINISTRATORS = 200;
    static final String STORAGE_ACCOUNT = "Microsoft.Storage/storageAccounts";
    private static final Instant CREATED = Instant.parse("2017-05-01T09:00:00Z");

    private BigSubscription() {}

    /** A new subscription in {@code directory}, administered by {@code owner}; full or empty. */
    static SubscriptionId create(
            Ports p, DirectoryId directory, MicrosoftAccountId owner, Email ownerEmail, boolean full, Random random) {
        SubscriptionId id = new SubscriptionId(uuid(random));
        ClassicAdministrator admin = new ClassicAdministrator(new Identity.Personal(owner), ownerEmail);
        p.transactions().inTransaction(() -> {
            p.subscriptions()
                    .add(new Subscription(
                            id,
                            "Bench " + id,
                            Offer.PAY_AS_YOU_GO,
                            Subscription.SubscriptionState.Enabled,
                            directory,
                            admin,
                            admin,
                            false,
                            1));
            if (full) fill(p, id, directory, random);
            return null;
        });
        return id;
    }

    private static void fill(Ports p, SubscriptionId id, DirectoryId directory, Random random) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.subscription(id));
        for (int g = 0; g < GROUPS; g++) {
            p.resourceGroups().add(new ResourceGroup(id, group(g), "westeurope", Map.of()));
            scopes.add(Scope.resourceGroup(id, group(g)));
        }
        for (int i = 0; i < RESOURCES; i++) {
            Resource r = resource(id, i, directory, random);
            p.resources().add(r);
            scopes.add(Scope.of(r.id()));
        }
        List<RoleDefinitionId> roles = new ArrayList<>(List.of(
                BuiltInRoles.READER.id(),
                BuiltInRoles.CONTRIBUTOR.id(),
                BuiltInRoles.OWNER.id(),
                BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id()));
        for (int c = 0; c < CUSTOM_ROLES; c++) {
            RoleDefinition custom = new RoleDefinition(
                    new RoleDefinitionId(uuid(random)),
                    "Bench Operator " + c + " " + id,
                    "",
                    false,
                    id,
                    List.of("Microsoft.Compute/virtualMachines/*", "*/read"),
                    List.of(),
                    List.of(Scope.subscription(id)));
            p.roleDefinitions().add(custom);
            roles.add(custom.id());
        }
        for (int a = 0; a < ASSIGNMENTS; a++) {
            p.roleAssignments()
                    .add(new RoleAssignment(
                            new RoleAssignmentId(uuid(random)),
                            scopes.get(random.nextInt(scopes.size())),
                            new ObjectId(uuid(random)),
                            RoleAssignment.PrincipalType.User,
                            roles.get(random.nextInt(roles.size())),
                            directory,
                            CREATED,
                            "bench"));
        }
        for (int c = 0; c < CO_ADMINISTRATORS; c++) {
            p.coAdministrators()
                    .add(new CoAdministrator(
                            id,
                            new ClassicAdministrator(
                                    new Identity.Personal(new MicrosoftAccountId(uuid(random))),
                                    Email.of("co" + c + "@outlook.com")),
                            CREATED));
        }
    }

    /** Key vaults first, then VMs, user-assigned identities and plain storage accounts, round-robin over the groups. */
    private static Resource resource(SubscriptionId id, int i, DirectoryId directory, Random random) {
        String group = group(i % GROUPS);
        if (i < KEY_VAULTS) {
            return new Resource(ResourceId.of(id, group, Resource.KEY_VAULT, "kv-" + i), "westeurope", directory, null);
        }
        if (i < KEY_VAULTS + VIRTUAL_MACHINES) {
            return new Resource(
                    ResourceId.of(id, group, Resource.VIRTUAL_MACHINE, "vm-" + i),
                    "westeurope",
                    null,
                    new Resource.ManagedIdentity(new ObjectId(uuid(random)), directory, true));
        }
        if (i < KEY_VAULTS + VIRTUAL_MACHINES + USER_ASSIGNED_IDENTITIES) {
            return new Resource(
                    ResourceId.of(id, group, Resource.USER_ASSIGNED_IDENTITY, "id-" + i),
                    "westeurope",
                    null,
                    new Resource.ManagedIdentity(new ObjectId(uuid(random)), directory, true));
        }
        return new Resource(ResourceId.of(id, group, STORAGE_ACCOUNT, "st" + i), "westeurope", null, null);
    }

    private static String group(int g) {
        return "rg-" + g;
    }

    static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
