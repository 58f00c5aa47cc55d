package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions.RoleHolder;
import dev.cerulean.core.subscription.Subscriptions.WithRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * R30 read in the store: the subscriptions of a directory where someone has any role (classic
 * administrator, or a role assignment to its object or one of its groups at any scope of the
 * subscription or at the root), a page at a time by name whatever its case, then id; never a
 * deleted subscription, never another directory's.
 */
public abstract class SubscriptionsWithAnyRoleContract extends PortContract {
    private final DirectoryId contoso = directoryId();
    private final DirectoryId fabrikam = directoryId();
    private final Identity.Personal kelley = msa();
    private final ClassicAdministrator asKelley = new ClassicAdministrator(kelley, Email.of("kelley@outlook.com"));
    private final ClassicAdministrator asAlex = new ClassicAdministrator(msa(), Email.of("alex@outlook.com"));
    /** Sam's object in Contoso: a work account homed there. */
    private final ObjectId sam = objectId();

    private final Identity.Work samAtHome = new Identity.Work(contoso, sam);

    private Subscription add(String name, DirectoryId directory, ClassicAdministrator service) {
        return add(name, directory, service, Subscription.SubscriptionState.Enabled, false);
    }

    private Subscription add(
            String name,
            DirectoryId directory,
            ClassicAdministrator service,
            Subscription.SubscriptionState state,
            boolean lostAccess) {
        Subscription s = new Subscription(
                subscriptionId(), name, Offer.PAY_AS_YOU_GO, state, directory, asAlex, service, lostAccess, 0);
        ports.subscriptions().add(s);
        return s;
    }

    private void assign(Scope scope, ObjectId principal, RoleDefinitionId role, DirectoryId directory) {
        assign(scope, principal, RoleAssignment.PrincipalType.User, role, directory);
    }

    private void assign(
            Scope scope,
            ObjectId principal,
            RoleAssignment.PrincipalType type,
            RoleDefinitionId role,
            DirectoryId directory) {
        ports.roleAssignments()
                .add(new RoleAssignment(
                        new RoleAssignmentId(uuid()),
                        scope,
                        principal,
                        type,
                        role,
                        directory,
                        T0,
                        "kelley.wall@outlook.com"));
    }

    private void assignReader(Scope scope, ObjectId principal) {
        assign(scope, principal, BuiltInRoles.READER.id(), contoso);
    }

    /** As the use case builds it: the object and every group it belongs to, at any depth. */
    private RoleHolder holder(DirectoryId directory, Identity identity, ObjectId principal) {
        Set<ObjectId> principals = new HashSet<>();
        if (principal != null) {
            principals.add(principal);
            principals.addAll(ports.groups().transitiveGroupsOf(directory, principal));
        }
        return new RoleHolder(directory, identity, principals);
    }

    private RoleHolder sam() {
        return holder(contoso, samAtHome, sam);
    }

    /** Kelley (a Microsoft account) with no object in Contoso: only classic roles can count. */
    private RoleHolder kelley() {
        return holder(contoso, kelley, null);
    }

    private List<WithRole> all(RoleHolder holder) {
        return ports.subscriptions().withAnyRole(holder, "", 0, 100);
    }

    private List<Subscription> listed(RoleHolder holder) {
        return all(holder).stream().map(WithRole::subscription).toList();
    }

    @Test
    void R30_theServiceAdministratorAndCoAdministratorsAreListedAsClassicAdministrators() {
        Subscription served = add("served", contoso, asKelley);
        Subscription coAdministered = add("co-administered", contoso, asAlex);
        ports.coAdministrators().add(new CoAdministrator(coAdministered.id(), asKelley, T0));
        add("someone else's", contoso, asAlex);
        add("lost access", contoso, asKelley, Subscription.SubscriptionState.Enabled, true);
        add("deleted", contoso, asKelley, Subscription.SubscriptionState.Deleted, false);
        Subscription disabled = add("disabled", contoso, asKelley, Subscription.SubscriptionState.Disabled, false);

        assertThat(all(kelley()))
                .containsExactly(
                        new WithRole(coAdministered, true), new WithRole(disabled, true), new WithRole(served, true));
        assertThat(ports.subscriptions().countWithAnyRole(kelley(), "")).isEqualTo(3);
    }

    @Test
    void R30_theAccountAdministratorAloneHasNoRole() {
        ClassicAdministrator asSam = new ClassicAdministrator(samAtHome, Email.of("sam@contoso.com"));
        ports.subscriptions()
                .add(new Subscription(
                        subscriptionId(),
                        "billing only",
                        Offer.PAY_AS_YOU_GO,
                        Subscription.SubscriptionState.Enabled,
                        contoso,
                        asSam,
                        asAlex,
                        false,
                        0));

        assertThat(all(sam())).isEmpty();
    }

    @Test
    void R30_anAssignmentAtTheSubscriptionAResourceGroupOrAResourceLists() {
        Subscription atSubscription = add("at subscription", contoso, asAlex);
        Subscription atGroup = add("at resource group", contoso, asAlex);
        Subscription atResource = add("at resource", contoso, asAlex);
        add("nothing here", contoso, asAlex);
        assignReader(Scope.subscription(atSubscription.id()), sam);
        assignReader(Scope.resourceGroup(atGroup.id(), "rg-Web"), sam);
        assignReader(Scope.of(ResourceId.of(atResource.id(), "rg-web", Resource.KEY_VAULT, "kv-web")), sam);

        assertThat(all(sam()))
                .containsExactly(
                        new WithRole(atResource, false),
                        new WithRole(atGroup, false),
                        new WithRole(atSubscription, false));
    }

    @Test
    void R30_anAssignmentToAGroupTheCallerBelongsToThroughNestedGroupsLists() {
        Subscription s = add("through groups", contoso, asAlex);
        Group outer = new Group(objectId(), contoso, "outer", "outer", null, T0);
        Group inner = new Group(objectId(), contoso, "inner", "inner", null, T0);
        ports.groups().add(outer);
        ports.groups().add(inner);
        ports.groups().addMember(contoso, outer.id(), new GroupMember(inner.id(), GroupMember.Type.Group));
        assign(
                Scope.resourceGroup(s.id(), "rg-web"),
                outer.id(),
                RoleAssignment.PrincipalType.Group,
                BuiltInRoles.CONTRIBUTOR.id(),
                contoso);

        assertThat(all(sam())).isEmpty();

        ports.groups().addMember(contoso, inner.id(), new GroupMember(sam, GroupMember.Type.User));

        assertThat(listed(sam())).containsExactly(s);
    }

    @Test
    void R29_R30_anAssignmentAtTheRootScopeListsEverySubscriptionOfItsDirectoryOnly() {
        Subscription a = add("a", contoso, asAlex);
        Subscription b = add("b", contoso, asAlex);
        add("elsewhere", fabrikam, asAlex);
        assign(Scope.ROOT, sam, BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(), contoso);

        assertThat(listed(sam())).containsExactly(a, b);
        assertThat(all(holder(fabrikam, samAtHome, sam))).isEmpty();

        assign(Scope.ROOT, sam, BuiltInRoles.OWNER.id(), fabrikam);

        assertThat(listed(holder(fabrikam, samAtHome, sam)))
                .extracting(Subscription::displayName)
                .containsExactly("elsewhere");
    }

    @Test
    void R30_aCustomRoleCountsOnlyInItsOwnSubscriptionAndAnUnknownRoleNowhere() {
        Subscription own = add("own", contoso, asAlex);
        Subscription other = add("other", contoso, asAlex);
        RoleDefinition operator = new RoleDefinition(
                new RoleDefinitionId(uuid()),
                "Operator",
                null,
                false,
                own.id(),
                List.of("Microsoft.Compute/*/read"),
                List.of(),
                List.of(Scope.subscription(own.id())));
        ports.roleDefinitions().add(operator);
        assign(Scope.subscription(other.id()), sam, operator.id(), contoso);
        assign(Scope.subscription(other.id()), sam, new RoleDefinitionId(uuid()), contoso);

        assertThat(all(sam())).isEmpty();

        assign(Scope.resourceGroup(own.id(), "rg-web"), sam, operator.id(), contoso);

        assertThat(listed(sam())).containsExactly(own);
    }

    @Test
    void R30_someoneWithoutARoleSeesNothing() {
        add("alex's", contoso, asAlex);
        Subscription assigned = add("assigned", contoso, asAlex);
        assignReader(Scope.subscription(assigned.id()), objectId());
        assign(Scope.ROOT, objectId(), BuiltInRoles.OWNER.id(), contoso);

        assertThat(all(sam())).isEmpty();
        assertThat(all(kelley())).isEmpty();
        assertThat(all(holder(contoso, msa(), null))).isEmpty();
        assertThat(ports.subscriptions().countWithAnyRole(sam(), "")).isZero();
    }

    @Test
    void R30_anotherDirectorysSubscriptionsNeverLeak() {
        Subscription there = add("there", fabrikam, asKelley);
        ports.coAdministrators().add(new CoAdministrator(there.id(), asKelley, T0));
        assign(Scope.subscription(there.id()), sam, BuiltInRoles.OWNER.id(), fabrikam);
        // an assignment made in Contoso on a subscription that trusts Fabrikam now: no role there
        assign(Scope.resourceGroup(there.id(), "rg-web"), sam, BuiltInRoles.OWNER.id(), contoso);
        Subscription here = add("here", contoso, asAlex);
        // and one of Fabrikam's on a subscription of Contoso
        assign(Scope.subscription(here.id()), sam, BuiltInRoles.OWNER.id(), fabrikam);

        assertThat(all(kelley())).isEmpty();
        assertThat(all(sam())).isEmpty();
        assertThat(listed(holder(fabrikam, kelley, null))).containsExactly(there);
    }

    @Test
    void R30_pagesFollowTheNameWhateverItsCaseThenTheIdWithoutGapsOrRepeats() {
        List<Subscription> added = new ArrayList<>();
        for (String name : List.of("delta", "Alpha", "charlie", "alpha", "Bravo", "ALPHA", "echo")) {
            Subscription s = add(name, contoso, asAlex);
            assignReader(Scope.subscription(s.id()), sam);
            added.add(s);
        }
        List<Subscription> expected =
                added.stream().sorted(Subscription.BY_DISPLAY_NAME).toList();

        List<Subscription> paged = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            List<WithRole> page = ports.subscriptions().withAnyRole(sam(), "", offset, 3);
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            page.forEach(w -> paged.add(w.subscription()));
        }

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(paged.subList(0, 3)).extracting(Subscription::displayName).containsOnly("Alpha", "alpha", "ALPHA");
        assertThat(ports.subscriptions().withAnyRole(sam(), "", 6, 3)).hasSize(1);
        assertThat(ports.subscriptions().withAnyRole(sam(), "", 7, 3)).isEmpty();
        assertThat(ports.subscriptions().countWithAnyRole(sam(), "")).isEqualTo(7);
    }

    @Test
    void R30_aSearchKeepsNamesOrIdsThatContainItWhateverItsCase() {
        Subscription payg = add("Pay-As-You-Go", contoso, asKelley);
        Subscription dev = add("dev_test", contoso, asKelley);
        add("devXtest", contoso, asKelley);
        String idPart = dev.id().toString().substring(9, 18).toUpperCase();

        assertThat(ports.subscriptions().withAnyRole(kelley(), "AS-YOU", 0, 10))
                .extracting(WithRole::subscription)
                .containsExactly(payg);
        assertThat(ports.subscriptions().withAnyRole(kelley(), idPart, 0, 10))
                .extracting(WithRole::subscription)
                .containsExactly(dev);
        assertThat(ports.subscriptions().withAnyRole(kelley(), "v_t", 0, 10))
                .extracting(WithRole::subscription)
                .containsExactly(dev);
        assertThat(ports.subscriptions().countWithAnyRole(kelley(), "northwind"))
                .isZero();
    }
}
