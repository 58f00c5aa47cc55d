package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.ListSubscriptionsWithAnyRole;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions.WithRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * R30's list read in the store against the core's own decision for one subscription
 * ({@code SubscriptionAccess.hasAnyRole}): on random worlds the two must agree for every caller.
 */
public abstract class AnyRoleAgreementContract extends PortContract {
    private final ClassicAdministrator asAlex = new ClassicAdministrator(msa(), Email.of("alex@outlook.com"));

    /**
     * Random worlds (nested groups with a cycle, lost access, deleted subscriptions, custom and
     * unknown roles, assignments of the other directory, root grants): for every caller the store
     * lists exactly the subscriptions on which the core's own decision says it has any role, and
     * marks exactly those where it is a classic administrator.
     */
    @Test
    void R30_theStoreListsExactlyWhereTheAccessDecisionFindsAnyRole() {
        var authorize = new Authorize(
                ports.subscriptions(),
                ports.coAdministrators(),
                ports.roleAssignments(),
                ports.roleDefinitions(),
                ports.groups());
        var list = new ListSubscriptionsWithAnyRole(ports.transactions(), ports.subscriptions(), ports.groups());
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            DirectoryId home = directoryId();
            DirectoryId other = directoryId();
            RandomPrincipals principals = RandomPrincipals.in(ports, home, random);
            List<ObjectId> users = principals.users();
            List<Identity> people = new ArrayList<>(List.of(msa(), msa()));
            users.forEach(u -> people.add(new Identity.Work(home, u)));
            List<Subscription> subscriptions = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ClassicAdministrator service = new ClassicAdministrator(
                        people.get(random.nextInt(people.size())), Email.of("admin" + i + "@outlook.com"));
                Subscription sub = new Subscription(
                        subscriptionId(),
                        "s" + random.nextInt(5),
                        Offer.PAY_AS_YOU_GO,
                        Subscription.SubscriptionState.values()[random.nextInt(4)],
                        random.nextInt(5) == 0 ? other : home,
                        asAlex,
                        service,
                        random.nextInt(4) == 0,
                        0);
                ports.subscriptions().add(sub);
                subscriptions.add(sub);
                if (random.nextInt(3) == 0) {
                    ports.coAdministrators()
                            .add(new CoAdministrator(
                                    sub.id(),
                                    new ClassicAdministrator(people.get(random.nextInt(people.size())), null),
                                    T0));
                }
            }
            List<RoleDefinitionId> roles = new ArrayList<>(
                    List.of(BuiltInRoles.READER.id(), BuiltInRoles.OWNER.id(), new RoleDefinitionId(uuid())));
            for (int i = 0; i < 3; i++) {
                Subscription of = subscriptions.get(random.nextInt(subscriptions.size()));
                RoleDefinition custom = new RoleDefinition(
                        new RoleDefinitionId(uuid()),
                        "custom " + i,
                        null,
                        false,
                        of.id(),
                        List.of("Microsoft.Compute/*/read"),
                        List.of(),
                        List.of(Scope.subscription(of.id())));
                ports.roleDefinitions().add(custom);
                roles.add(custom.id());
            }
            List<ObjectId> candidates = principals.all();
            candidates.add(objectId());
            for (int i = 0; i < 14; i++) {
                var at = subscriptions.get(random.nextInt(subscriptions.size())).id();
                Scope scope = switch (random.nextInt(i % 7 == 6 ? 4 : 3)) {
                    case 0 -> Scope.subscription(at);
                    case 1 -> Scope.resourceGroup(at, "rg-" + random.nextInt(2));
                    case 2 -> Scope.of(ResourceId.of(at, "rg-0", Resource.KEY_VAULT, "kv-" + i));
                    default -> Scope.ROOT;
                };
                principals.assign(
                        ports,
                        scope,
                        candidates.get(random.nextInt(candidates.size())),
                        roles.get(random.nextInt(roles.size())),
                        random.nextInt(6) == 0 ? other : home);
            }
            List<Caller> callers = new ArrayList<>();
            for (Identity person : people) {
                ObjectId object = person instanceof Identity.Work w ? w.user() : null;
                callers.add(new Caller(person, home, object, null));
            }
            // a Microsoft account as a guest, with its own object in the directory
            callers.add(new Caller(people.get(0), home, users.get(0), null));
            for (var caller : callers) {
                List<WithRole> expected = new ArrayList<>();
                for (Subscription sub : subscriptions) {
                    var access = authorize.accessOf(sub.id()).orElseThrow();
                    if (sub.state() != Subscription.SubscriptionState.Deleted && access.hasAnyRole(caller))
                        expected.add(new WithRole(access.subscription(), access.isClassicAdministrator(caller)));
                }
                assertThat(list.page(caller, 0, 100).subscriptions())
                        .as("seed %d, %s", seed, caller)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
