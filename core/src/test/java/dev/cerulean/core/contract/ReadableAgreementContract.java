package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.resource.ReadResourceGroups;
import dev.cerulean.core.resource.ReadResources;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The lists of resource groups and resources, selected and paged in the store by what the core
 * decided per scope and type, against the core's decision per row ({@code SubscriptionAccess.decide}
 * on every group and resource, as the lists decided before they paged): on random worlds the two
 * must agree for every caller, page after page.
 */
public abstract class ReadableAgreementContract extends PortContract {
    private static final List<String> TYPES = List.of(
            "Microsoft.KeyVault/vaults",
            "Microsoft.Compute/virtualMachines",
            "Microsoft.Storage/storageAccounts",
            "Microsoft.Sql/servers");

    /**
     * Random worlds (nested groups, roles with wildcards and notActions, assignments at the root,
     * the subscription, groups, resources and child resources, some of the other directory): every
     * caller pages through exactly the groups and resources, in the same order, that a decision per
     * row allows, in the subscription, in each group and with a name prefix; the counts agree; a
     * caller with no role at all is refused the same way.
     */
    @Test
    void R26_aPageHoldsExactlyWhatTheAccessDecisionAllowsRowByRow() {
        var authorize = new Authorize(
                ports.subscriptions(),
                ports.coAdministrators(),
                ports.roleAssignments(),
                ports.roleDefinitions(),
                ports.groups());
        var readGroups =
                new ReadResourceGroups(ports.transactions(), ports.subscriptions(), ports.resourceGroups(), authorize);
        var readResources = new ReadResources(
                ports.transactions(), ports.subscriptions(), ports.resourceGroups(), ports.resources(), authorize);
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            DirectoryId home = directoryId();
            DirectoryId other = directoryId();
            RandomPrincipals principals = RandomPrincipals.in(ports, home, random);
            List<ObjectId> users = principals.users();
            Identity service = msa();
            Subscription sub = new Subscription(
                    subscriptionId(),
                    "s",
                    Offer.PAY_AS_YOU_GO,
                    Subscription.SubscriptionState.Enabled,
                    home,
                    new ClassicAdministrator(service, Email.of("alex@outlook.com")),
                    new ClassicAdministrator(service, Email.of("alex@outlook.com")),
                    false,
                    0);
            ports.subscriptions().add(sub);
            SubscriptionId id = sub.id();
            List<String> groupNames = new ArrayList<>();
            List<ResourceId> resourceIds = new ArrayList<>();
            for (int g = 0; g < 6; g++) {
                String name = (random.nextBoolean() ? "RG-" : "rg_") + g;
                groupNames.add(name);
                ports.resourceGroups()
                        .add(new ResourceGroup(id, name, "westeurope", g % 2 == 0 ? Map.of("env", "prod") : Map.of()));
                for (int r = 0; r < 4; r++) {
                    String type = TYPES.get(random.nextInt(TYPES.size()));
                    String caseOfGroup = random.nextBoolean() ? name : name.toLowerCase(Locale.ROOT);
                    ResourceId rid = ResourceId.of(id, caseOfGroup, type, "r" + g + r);
                    ports.resources().add(new Resource(rid, "westeurope", null, null));
                    resourceIds.add(rid);
                    if (type.equals("Microsoft.Sql/servers")) {
                        ResourceId child = new ResourceId(id, caseOfGroup, rid.path() + "/databases/db" + r);
                        ports.resources().add(new Resource(child, "westeurope", null, null));
                        resourceIds.add(child);
                    }
                }
            }
            List<RoleDefinitionId> roles = new ArrayList<>(
                    List.of(BuiltInRoles.READER.id(), BuiltInRoles.OWNER.id(), BuiltInRoles.CONTRIBUTOR.id()));
            List<List<String>> actions = List.of(
                    List.of("Microsoft.KeyVault/*/read", "Microsoft.Resources/subscriptions/resourceGroups/read"),
                    List.of("*/read"),
                    List.of("Microsoft.Sql/servers/databases/read", "Microsoft.Compute/*"));
            List<List<String>> notActions =
                    List.of(List.of(), List.of("Microsoft.Storage/*", "Microsoft.Resources/*"), List.of("*/write"));
            for (int i = 0; i < 3; i++) {
                RoleDefinition custom = new RoleDefinition(
                        new RoleDefinitionId(uuid()),
                        "custom " + i,
                        null,
                        false,
                        id,
                        actions.get(i),
                        notActions.get(i),
                        List.of(Scope.subscription(id)));
                ports.roleDefinitions().add(custom);
                roles.add(custom.id());
            }
            List<ObjectId> candidates = principals.all();
            for (int i = 0; i < 12; i++) {
                Scope scope = switch (random.nextInt(i % 6 == 5 ? 5 : 4)) {
                    case 0 -> Scope.subscription(id);
                    case 1 -> Scope.resourceGroup(id, groupNames.get(random.nextInt(groupNames.size())));
                    case 2, 3 -> Scope.of(resourceIds.get(random.nextInt(resourceIds.size())));
                    default -> Scope.ROOT;
                };
                ObjectId principal = candidates.get(random.nextInt(candidates.size()));
                // a custom role only where it is assignable (its subscription), not at the root
                RoleDefinitionId role = roles.get(random.nextInt(scope.level() == Scope.Level.ROOT ? 3 : roles.size()));
                principals.assign(ports, scope, principal, role, random.nextInt(8) == 0 ? other : home);
            }
            List<Caller> callers = new ArrayList<>();
            for (ObjectId u : users) callers.add(new Caller(new Identity.Work(home, u), home, u, null));
            callers.add(new Caller(service, home, null, null));
            callers.add(new Caller(new Identity.Work(other, users.get(0)), other, users.get(0), null));

            SubscriptionAccess access = authorize.accessOf(id).orElseThrow();
            for (Caller caller : callers) {
                String as = "seed " + seed + ", " + caller;
                var groupsOfCaller = access.groupsOf(caller);
                if (!access.hasAnyRole(caller)) {
                    assertThat(readGroups
                                    .page(caller, id, ResourceGroupFilter.ALL, 0, 3)
                                    .isOk())
                            .as(as)
                            .isFalse();
                    assertThat(readResources
                                    .page(caller, id, ResourceFilter.inGroup(null), 0, 3)
                                    .isOk())
                            .as(as)
                            .isFalse();
                    continue;
                }
                List<ResourceGroup> allGroups = ports.resourceGroups().of(id);
                for (ResourceGroupFilter filter : List.of(
                        ResourceGroupFilter.ALL,
                        ResourceGroupFilter.named("rg_"),
                        new ResourceGroupFilter("", "ENV", "prod"))) {
                    List<String> expected = allGroups.stream()
                            .filter(g -> filter.keeps(g)
                                    && access.decide(caller, groupsOfCaller, ReadResourceGroups.ACTION, g.scope())
                                            .allowed())
                            .map(ResourceGroup::name)
                            .sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)))
                            .toList();
                    assertThat(pages(o -> readGroups.page(caller, id, filter, o, 3), ResourceGroup::name))
                            .as("%s, groups %s", as, filter)
                            .containsExactlyElementsOf(expected);
                    assertThat(readGroups
                                    .counted(caller, id, filter, 0, 1)
                                    .orThrow()
                                    .total())
                            .as(as)
                            .isEqualTo(expected.size());
                }
                List<String> filters = new ArrayList<>(groupNames);
                filters.add(null);
                for (String group : filters) {
                    for (ResourceFilter filter :
                            List.of(ResourceFilter.inGroup(group), new ResourceFilter(group, null, "R1"))) {
                        List<ResourceId> expected = resourceIds.stream()
                                .filter(r -> filter.keeps(r)
                                        && access.decide(caller, groupsOfCaller, r.type() + "/read", Scope.of(r))
                                                .allowed())
                                .sorted(Comparator.comparing(ResourceId::key))
                                .toList();
                        assertThat(pages(o -> readResources.page(caller, id, filter, o, 3), Resource::id))
                                .as("%s, resources %s", as, filter)
                                .containsExactlyElementsOf(expected);
                        assertThat(readResources
                                        .counted(caller, id, filter, 0, 1)
                                        .orThrow()
                                        .total())
                                .as(as)
                                .isEqualTo(expected.size());
                    }
                }
            }
        }
    }

    /** Every page from the first while more follow. */
    private static <T, K> List<K> pages(
            Function<Integer, Outcome<dev.cerulean.core.resource.Page<T>>> read, Function<T, K> key) {
        List<K> all = new ArrayList<>();
        for (int offset = 0; ; ) {
            var page = read.apply(offset).orThrow();
            page.items().forEach(item -> all.add(key.apply(item)));
            offset += page.items().size();
            if (!page.more()) return all;
        }
    }
}
