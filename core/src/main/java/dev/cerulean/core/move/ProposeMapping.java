package dev.cerulean.core.move;

import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.move.MovePlan.PlannedAdministrator;
import dev.cerulean.core.move.MovePlan.PlannedPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second step of a rehearsal: for each principal of a plan, its counterpart in the destination
 * directory, proposed for a person to check and edit — never guessed silently. Users are matched as
 * the same person (a guest of the destination, or the destination's own account of that person),
 * else by user principal name or mail; groups by display name; apps by client id, else by name.
 * Managed identities have no counterpart (they are re-created or re-enabled after the move).
 * A principal with none, or with several candidates, is left unmatched with the reason.
 */
public final class ProposeMapping {
    /** How a counterpart was found, or why none was. */
    public enum Match {
        SAME_PERSON,
        USER_PRINCIPAL_NAME,
        MAIL,
        DISPLAY_NAME,
        APP_ID,
        APP_NAME,
        NONE,
        AMBIGUOUS,
        MANAGED_IDENTITY
    }

    /** One principal of the plan and its proposed counterpart ({@code target} null when unmatched). */
    public record Entry(PlannedPrincipal source, ObjectId target, Match match) {
        public boolean matched() {
            return target != null;
        }
    }

    /** One co-administrator of the plan and the user of the destination proposed to name again ({@code target} null when none). */
    public record CoAdministratorEntry(PlannedAdministrator source, ObjectId target, Match match) {}

    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;
    private final AppRegistrations apps;
    private final Groups groups;

    public ProposeMapping(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            AppRegistrations apps,
            Groups groups) {
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
        this.apps = apps;
        this.groups = groups;
    }

    /**
     * Each distinct principal of {@code plan}'s assignments, in the plan's order, then its managed
     * identities that hold none, each with its counterpart in {@code destination}.
     */
    public Outcome<List<Entry>> propose(MovePlan plan, DirectoryId destination) {
        return transactions.inTransaction(() -> {
            if (directories.byId(destination).isEmpty())
                return Outcome.rejected(RuleCode.DirectoryNotFound, destination);
            Map<ObjectId, PlannedPrincipal> principals = new LinkedHashMap<>();
            plan.roleAssignments()
                    .forEach(a -> principals.putIfAbsent(a.principal().id(), a.principal()));
            // every identity the change leaves behind, with or without roles: restore may enable it again
            plan.managedIdentities()
                    .forEach(i -> principals.putIfAbsent(
                            i.principalId(),
                            new PlannedPrincipal(
                                    i.principalId(),
                                    PrincipalType.ServicePrincipal,
                                    i.resource().name(),
                                    null,
                                    null,
                                    i.clientId())));
            List<Entry> entries = new ArrayList<>();
            for (PlannedPrincipal p : principals.values()) entries.add(entry(plan, p, destination));
            return Outcome.ok(entries);
        });
    }

    /**
     * Each co-administrator of {@code plan} (the change removes them all) with the user of {@code
     * destination} to name co-administrator again: the same person (a work account of the source
     * directory with that email, as a guest or account of the destination), else the destination's
     * user with that email (a Microsoft account's own member or guest user among them).
     */
    public Outcome<List<CoAdministratorEntry>> proposeCoAdministrators(MovePlan plan, DirectoryId destination) {
        return transactions.inTransaction(() -> {
            if (directories.byId(destination).isEmpty())
                return Outcome.rejected(RuleCode.DirectoryNotFound, destination);
            List<CoAdministratorEntry> entries = new ArrayList<>();
            for (PlannedAdministrator admin : plan.coAdministrators()) {
                Optional<Email> email = Email.parse(admin.email());
                if (email.isEmpty()) {
                    entries.add(new CoAdministratorEntry(admin, null, Match.NONE));
                    continue;
                }
                List<ObjectId> samePerson = users.byEmail(plan.source(), email.get()).stream()
                        .filter(DirectoryUser::isHomedHere)
                        .flatMap(u -> users.ofPerson(u.person()).stream())
                        .filter(u -> u.directory().equals(destination))
                        .map(DirectoryUser::id)
                        .distinct()
                        .toList();
                Entry found = samePerson.isEmpty()
                        ? one(
                                null,
                                users.byEmail(destination, email.get()).stream()
                                        .map(DirectoryUser::id)
                                        .toList(),
                                Match.MAIL)
                        : one(null, samePerson, Match.SAME_PERSON);
                entries.add(new CoAdministratorEntry(admin, found.target(), found.match()));
            }
            return Outcome.ok(entries);
        });
    }

    private Entry entry(MovePlan plan, PlannedPrincipal p, DirectoryId destination) {
        boolean identity =
                plan.managedIdentities().stream().anyMatch(i -> i.principalId().equals(p.id()));
        if (identity) return new Entry(p, null, Match.MANAGED_IDENTITY);
        if (p.type() == PrincipalType.Group) {
            if (p.displayName() == null) return new Entry(p, null, Match.NONE);
            var named = groups.page(
                    destination,
                    new GroupFilter(GroupFilter.Field.displayName, GroupFilter.Match.EQUALS, p.displayName()),
                    0,
                    2);
            return one(p, named.stream().map(g -> g.id()).toList(), Match.DISPLAY_NAME);
        }
        if (p.type() == PrincipalType.ServicePrincipal) return app(p, destination);
        return user(plan.source(), p, destination);
    }

    private Entry app(PlannedPrincipal p, DirectoryId destination) {
        if (p.appId() != null) {
            Optional<AppRegistration> same = apps.byClientId(p.appId())
                    .filter(a -> a.directory().equals(destination) && a.hasServicePrincipal());
            if (same.isPresent()) return new Entry(p, same.get().servicePrincipal(), Match.APP_ID);
        }
        if (p.displayName() == null) return new Entry(p, null, Match.NONE);
        // two at most tell one from many: read by name in the database, not the directory's every app
        List<ObjectId> named = apps
                .page(
                        destination,
                        AppFilter.SERVICE_PRINCIPALS.where(AppFilter.Property.displayName, p.displayName()),
                        0,
                        2)
                .stream()
                .map(AppRegistration::servicePrincipal)
                .toList();
        return one(p, named, Match.APP_NAME);
    }

    private Entry user(DirectoryId source, PlannedPrincipal p, DirectoryId destination) {
        Optional<DirectoryUser> original = users.byId(source, p.id());
        if (original.isPresent()) {
            List<ObjectId> samePerson = users.ofPerson(original.get().person()).stream()
                    .filter(u -> u.directory().equals(destination))
                    .map(DirectoryUser::id)
                    .toList();
            if (!samePerson.isEmpty()) return one(p, samePerson, Match.SAME_PERSON);
        }
        if (p.userPrincipalName() != null) {
            Optional<DirectoryUser> byUpn = users.byPrincipalName(destination, p.userPrincipalName());
            if (byUpn.isPresent()) return new Entry(p, byUpn.get().id(), Match.USER_PRINCIPAL_NAME);
        }
        Optional<Email> mail = Optional.ofNullable(p.mail()).flatMap(Email::parse);
        if (mail.isPresent()) {
            List<ObjectId> byMail = users.byEmail(destination, mail.get()).stream()
                    .map(DirectoryUser::id)
                    .toList();
            if (!byMail.isEmpty()) return one(p, byMail, Match.MAIL);
        }
        return new Entry(p, null, Match.NONE);
    }

    private static Entry one(PlannedPrincipal p, List<ObjectId> candidates, Match how) {
        if (candidates.isEmpty()) return new Entry(p, null, Match.NONE);
        if (candidates.size() > 1) return new Entry(p, null, Match.AMBIGUOUS);
        return new Entry(p, candidates.get(0), how);
    }
}
