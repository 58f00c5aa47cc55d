package dev.cerulean.core.move;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.move.DirectoryChangePreview.PlannedFollowUp;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a directory change (R9–R11) and what it will change (R12–R14), shared by the
 * preview and the change itself so that both decide from the same reading of the data.
 */
final class DirectoryChangeRules {
    static final String ACTION = "Microsoft.Subscription/updateTenant/action";

    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final RoleAssignments roleAssignments;
    private final RoleDefinitions roleDefinitions;
    private final Resources resources;
    private final Directories directories;
    private final DirectoryUsers directoryUsers;
    private final Authorize authorize;

    DirectoryChangeRules(Subscriptions subscriptions, CoAdministrators coAdministrators, RoleAssignments roleAssignments,
                         RoleDefinitions roleDefinitions, Resources resources, Directories directories,
                         DirectoryUsers directoryUsers) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
        this.resources = resources;
        this.directories = directories;
        this.directoryUsers = directoryUsers;
        this.authorize = new Authorize(subscriptions, coAdministrators, roleAssignments, roleDefinitions);
    }

    /** The subscription when {@code caller} may move it to {@code target} now; the first refusing rule otherwise. */
    Outcome<Subscription> check(Caller caller, SubscriptionId id, DirectoryId target, DirectoryChangeMode mode) {
        Optional<SubscriptionAccess> access = id == null ? Optional.empty() : authorize.accessOf(id);
        if (access.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
        Subscription subscription = access.get().subscription();
        RuleCode refused = mode == DirectoryChangeMode.CLASSIC
                ? classicRefusal(caller, subscription) : modernRefusal(caller, access.get());
        if (refused != null) return Outcome.rejected(refused, caller.displayName(), id);
        if (!subscription.offer().canChangeDirectory()) {
            return Outcome.rejected(RuleCode.OfferTypeNotSupported, subscription.offer().id(),
                    subscription.offer().displayName());
        }
        if (target == null || directories.byId(target).isEmpty()) {
            return Outcome.rejected(RuleCode.DirectoryNotFound, target);
        }
        if (target.equals(subscription.directory())) return Outcome.rejected(RuleCode.SameDirectory, target);
        if (!isIn(caller.identity(), target)) {
            return Outcome.rejected(RuleCode.CallerNotInTargetDirectory, caller.displayName(), target);
        }
        return Outcome.ok(subscription);
    }

    /** R9, classic portal: the service administrator, signed in with a Microsoft account. */
    private RuleCode classicRefusal(Caller caller, Subscription subscription) {
        if (isCoAdministrator(caller, subscription.id())) return RuleCode.CoAdministratorCannotChangeDirectory;
        boolean serviceAdministrator = !subscription.serviceAdministratorLostAccess()
                && subscription.serviceAdministrator().who().equals(caller.identity());
        if (!serviceAdministrator) return RuleCode.RequiresServiceAdministrator;
        if (!caller.signedInWithMicrosoftAccount()) return RuleCode.EditDirectoryRequiresMicrosoftAccount;
        return null;
    }

    /**
     * R9, Azure portal and API: an Owner, i.e. the service administrator (who acts as Owner) or
     * a principal with an Owner assignment at the subscription or above. Holding the action
     * through another role (Contributor's "*") is not enough.
     */
    private RuleCode modernRefusal(Caller caller, SubscriptionAccess access) {
        Subscription subscription = access.subscription();
        if (isCoAdministrator(caller, subscription.id())) return RuleCode.CoAdministratorCannotChangeDirectory;
        Scope scope = Scope.subscription(subscription.id());
        boolean owner = switch (access.decide(caller, ACTION, scope)) {
            case AllowedAsClassicAdministrator -> true;
            case AllowedByRoleAssignment -> holdsOwner(caller, subscription, scope);
            default -> false;
        };
        return owner ? null : RuleCode.RequiresOwner;
    }

    private boolean holdsOwner(Caller caller, Subscription subscription, Scope scope) {
        List<RoleAssignment> candidates = new ArrayList<>(roleAssignments.of(subscription.id()));
        candidates.addAll(roleAssignments.atRoot(subscription.directory()));
        return candidates.stream().anyMatch(a -> a.principalId().equals(caller.principal())
                && a.directory().equals(subscription.directory())
                && a.roleDefinition().equals(BuiltInRoles.OWNER.id()) && a.scope().contains(scope));
    }

    private boolean isCoAdministrator(Caller caller, SubscriptionId id) {
        return coAdministrators.of(id).stream().anyMatch(c -> c.administrator().who().equals(caller.identity()));
    }

    /** R10: the person has a user object in that directory (home, member or guest). */
    private boolean isIn(Identity person, DirectoryId directory) {
        return directoryUsers.ofPerson(person).stream().anyMatch(u -> u.directory().equals(directory));
    }

    /** Everything the change will remove or leave to do, read from the subscription's current data. */
    DirectoryChangePreview plan(Subscription subscription, DirectoryId target, DirectoryChangeMode mode) {
        SubscriptionId id = subscription.id();
        List<CoAdministrator> coAdmins = coAdministrators.of(id).stream()
                .sorted(Comparator.comparing(c -> c.administrator().email().value())).toList();
        List<RoleAssignment> assignments = roleAssignments.of(id).stream()
                .sorted(Comparator.comparing((RoleAssignment a) -> a.scope().key()).thenComparing(a -> a.id().toString()))
                .toList();
        List<RoleDefinition> customRoles = roleDefinitions.of(id).stream()
                .sorted(Comparator.comparing(RoleDefinition::roleName, String.CASE_INSENSITIVE_ORDER)).toList();
        return new DirectoryChangePreview(id, mode, subscription.directory(), target, subscription.version(), coAdmins,
                assignments, customRoles, followUps(subscription, target));
    }

    private List<PlannedFollowUp> followUps(Subscription subscription, DirectoryId target) {
        List<Resource> all = resources.of(subscription.id()).stream()
                .sorted(Comparator.comparing(r -> r.id().key())).toList();
        List<PlannedFollowUp> items = new ArrayList<>();
        for (Resource r : all) {
            if (r.isKeyVault() && !target.equals(r.tenantId())) {
                items.add(new PlannedFollowUp(FollowUpItem.Kind.KeyVaultTenant, r.id().toString()));
            } else if (r.hasSystemAssignedIdentity() && r.identity().enabled()) {
                items.add(new PlannedFollowUp(FollowUpItem.Kind.SystemAssignedIdentity, r.id().toString()));
            } else if (r.isUserAssignedIdentity()) {
                items.add(new PlannedFollowUp(FollowUpItem.Kind.UserAssignedIdentity, r.id().toString()));
            }
        }
        if (serviceAdministratorLosesAccess(subscription, target)) {
            items.add(new PlannedFollowUp(FollowUpItem.Kind.ServiceAdministratorLostAccess,
                    subscription.serviceAdministrator().email().value()));
        }
        items.sort(Comparator.comparing(PlannedFollowUp::kind));
        return items;
    }

    /**
     * R13 (inferred): a Microsoft account keeps the role wherever the subscription goes; a work
     * account can no longer sign in to the subscription's directory unless it is also a user
     * of the target (a work account of the old directory normally is not).
     */
    private boolean serviceAdministratorLosesAccess(Subscription subscription, DirectoryId target) {
        Identity admin = subscription.serviceAdministrator().who();
        return !(admin instanceof Identity.Personal) && !isIn(admin, target);
    }
}
