package dev.cerulean.core.move;

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
import java.util.function.Function;
import java.util.stream.Stream;

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

    /**
     * What the rules and the plan need of a subscription, read once per transaction (a full
     * subscription has 4,000 assignments and 200 co-administrators: reading them once for the
     * rules and again for the plan doubled the cost of a directory change).
     */
    record Reading(
            Subscription subscription,
            List<CoAdministrator> coAdministrators,
            List<RoleAssignment> assignments,
            List<RoleAssignment> rootAssignments,
            List<RoleDefinition> customRoles) {

        SubscriptionAccess access() {
            List<RoleAssignment> all = new ArrayList<>(assignments.size() + rootAssignments.size());
            all.addAll(assignments);
            all.addAll(rootAssignments);
            return SubscriptionAccess.of(subscription, coAdministrators, all, customRoles);
        }
    }

    /** The preview, and the subscription's resources it was computed from (the change updates some of them). */
    record Plan(DirectoryChangePreview preview, List<Resource> resources) {}

    DirectoryChangeRules(
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            RoleAssignments roleAssignments,
            RoleDefinitions roleDefinitions,
            Resources resources,
            Directories directories,
            DirectoryUsers directoryUsers) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
        this.resources = resources;
        this.directories = directories;
        this.directoryUsers = directoryUsers;
    }

    /** The same reading as {@link dev.cerulean.core.access.Authorize#accessOf}, kept for the plan. */
    private Optional<Reading> read(SubscriptionId id) {
        if (id == null) return Optional.empty();
        return subscriptions
                .byId(id)
                .map(s -> new Reading(
                        s,
                        coAdministrators.of(id),
                        roleAssignments.of(id),
                        roleAssignments.atRoot(s.directory()),
                        roleDefinitions.of(id)));
    }

    /** The subscription as read when {@code caller} may move it to {@code target} now; the first refusing rule otherwise. */
    Outcome<Reading> check(Caller caller, SubscriptionId id, DirectoryId target, DirectoryChangeMode mode) {
        Optional<Reading> read = read(id);
        if (read.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
        Reading reading = read.get();
        Subscription subscription = reading.subscription();
        RuleCode refused =
                mode == DirectoryChangeMode.CLASSIC ? classicRefusal(caller, reading) : modernRefusal(caller, reading);
        if (refused != null) return Outcome.rejected(refused, caller.displayName(), id);
        if (!subscription.offer().canChangeDirectory()) {
            return Outcome.rejected(
                    RuleCode.OfferTypeNotSupported,
                    subscription.offer().id(),
                    subscription.offer().displayName());
        }
        if (target == null || directories.byId(target).isEmpty()) {
            return Outcome.rejected(RuleCode.DirectoryNotFound, target);
        }
        if (target.equals(subscription.directory())) return Outcome.rejected(RuleCode.SameDirectory, target);
        if (!isIn(caller.identity(), target)) {
            return Outcome.rejected(RuleCode.CallerNotInTargetDirectory, caller.displayName(), target);
        }
        return Outcome.ok(reading);
    }

    /** R9, classic portal: the service administrator, signed in with a Microsoft account. */
    private RuleCode classicRefusal(Caller caller, Reading reading) {
        Subscription subscription = reading.subscription();
        if (isCoAdministrator(caller, reading)) return RuleCode.CoAdministratorCannotChangeDirectory;
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
    private RuleCode modernRefusal(Caller caller, Reading reading) {
        Subscription subscription = reading.subscription();
        if (isCoAdministrator(caller, reading)) return RuleCode.CoAdministratorCannotChangeDirectory;
        Scope scope = Scope.subscription(subscription.id());
        boolean owner = switch (reading.access().decide(caller, ACTION, scope)) {
            case AllowedAsClassicAdministrator -> true;
            case AllowedByRoleAssignment -> holdsOwner(caller, reading, scope);
            default -> false;
        };
        return owner ? null : RuleCode.RequiresOwner;
    }

    private boolean holdsOwner(Caller caller, Reading reading, Scope scope) {
        Subscription subscription = reading.subscription();
        return Stream.concat(reading.assignments().stream(), reading.rootAssignments().stream())
                .anyMatch(a -> a.principalId().equals(caller.principal())
                        && a.directory().equals(subscription.directory())
                        && a.roleDefinition().equals(BuiltInRoles.OWNER.id())
                        && a.scope().contains(scope));
    }

    private static boolean isCoAdministrator(Caller caller, Reading reading) {
        return reading.coAdministrators().stream()
                .anyMatch(c -> c.administrator().who().equals(caller.identity()));
    }

    /** R10: the person has a user object in that directory (home, member or guest). */
    private boolean isIn(Identity person, DirectoryId directory) {
        return directoryUsers.ofPerson(person).stream()
                .anyMatch(u -> u.directory().equals(directory));
    }

    /** Everything the change will remove or leave to do, from the reading that passed {@link #check}. */
    Plan plan(Reading reading, DirectoryId target, DirectoryChangeMode mode) {
        Subscription subscription = reading.subscription();
        SubscriptionId id = subscription.id();
        List<CoAdministrator> coAdmins = reading.coAdministrators().stream()
                .sorted(Comparator.comparing(c -> c.administrator().email().value()))
                .toList();
        List<RoleAssignment> assignments =
                sortedByKey(reading.assignments(), a -> a.scope().key() + "\0" + a.id());
        List<RoleDefinition> customRoles = reading.customRoles().stream()
                .sorted(Comparator.comparing(RoleDefinition::roleName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Resource> all = sortedByKey(resources.of(id), r -> r.id().key());
        return new Plan(
                new DirectoryChangePreview(
                        id,
                        mode,
                        subscription.directory(),
                        target,
                        subscription.version(),
                        coAdmins,
                        assignments,
                        customRoles,
                        followUps(subscription, all, target)),
                all);
    }

    /**
     * Sorted by a string key computed once per element: keys of ARM ids are built and
     * lower-cased on every call, and sorting 4,000 assignments compares about 50,000 times.
     */
    private static <T> List<T> sortedByKey(List<T> list, Function<T, String> key) {
        record Keyed<T>(String key, T value) {}
        List<Keyed<T>> keyed = new ArrayList<>(list.size());
        for (T t : list) keyed.add(new Keyed<>(key.apply(t), t));
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.stream().map(Keyed::value).toList();
    }

    private List<PlannedFollowUp> followUps(Subscription subscription, List<Resource> all, DirectoryId target) {
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
            items.add(new PlannedFollowUp(
                    FollowUpItem.Kind.ServiceAdministratorLostAccess,
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
