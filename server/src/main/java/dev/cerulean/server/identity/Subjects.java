package dev.cerulean.server.identity;

import com.github.benmanes.caffeine.cache.Cache;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.group.Groups;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the {@link Subject} of a token from an app registration or a signed-in caller. */
public final class Subjects {
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final MicrosoftAccounts accounts;
    private final AppRegistrations apps;
    private final Groups groups;

    private final Clock clock;
    private final Cache<ObjectId, Snapshot> appRoles = BoundedCache.of(50_000);

    private record Snapshot(List<UUID> wids, Instant until) {}

    public Subjects(
            DirectoryUsers users,
            DirectoryRoles roles,
            MicrosoftAccounts accounts,
            AppRegistrations apps,
            Groups groups,
            Clock clock) {
        this.users = users;
        this.roles = roles;
        this.accounts = accounts;
        this.apps = apps;
        this.groups = groups;
        this.clock = clock;
    }

    /** An app's subject; its directory roles are read at most every {@link Clients#APP_SNAPSHOT} (the client-credentials hot path). */
    public Subject forApp(AppRegistration app) {
        Caller caller = new Caller(
                new Identity.App(app.directory(), app.servicePrincipal()),
                app.directory(),
                app.servicePrincipal(),
                null);
        Instant now = clock.instant();
        Snapshot snapshot = appRoles.getIfPresent(app.servicePrincipal());
        if (snapshot == null || !now.isBefore(snapshot.until())) {
            snapshot = new Snapshot(wids(caller), now.plus(Clients.APP_SNAPSHOT));
            appRoles.put(app.servicePrincipal(), snapshot);
        }
        return new Subject(
                caller,
                app.directory(),
                app.servicePrincipal().value(),
                null,
                null,
                null,
                null,
                null,
                true,
                app.graphAppRoles(),
                snapshot.wids(),
                null,
                null,
                null);
    }

    /** An app's subject with its groups when the app asks for group claims (read at each request). */
    public Subject forAppWithGroups(AppRegistration app) {
        Subject subject = forApp(app);
        return app.groupClaims().wanted()
                ? subject.withGroups(groupsOf(app.directory(), app.servicePrincipal()))
                : subject;
    }

    /**
     * The person's subject for {@code clientId}: with the groups it belongs to (directly or through
     * nesting) when that client's registration asks for group claims, as Entra's
     * {@code groupMembershipClaims} does.
     */
    public Subject forPerson(Caller caller, UUID clientId) {
        Subject subject = forPerson(caller);
        if (caller.directory() == null || caller.principal() == null) return subject;
        boolean wanted = apps.byClientId(clientId)
                .filter(a -> a.directory().equals(caller.directory()))
                .map(a -> a.groupClaims().wanted())
                .orElse(false);
        return wanted ? subject.withGroups(groupsOf(caller.directory(), caller.principal())) : subject;
    }

    private List<String> groupsOf(dev.cerulean.core.common.DirectoryId directory, ObjectId member) {
        return groups.transitiveGroupsOf(directory, member).stream()
                .map(ObjectId::toString)
                .sorted()
                .toList();
    }

    /**
     * The person as it acts now; refused (invalid_grant) when it is no longer in the directory or its
     * user there is disabled. Every grant that issues a person's token comes here, so a disabled user
     * gets no new token by refresh token, authorization code or device code either.
     */
    public Subject forPerson(Caller caller) {
        Identity person = caller.identity();
        String email = caller.email() == null ? null : caller.email().value();
        if (caller.directory() == null) {
            // a Microsoft account in no directory yet: the consumers tenant, as Microsoft issues it
            MicrosoftAccount msa = msa(person).orElseThrow(Subjects::gone);
            UUID oid = msa.id().value();
            return new Subject(
                    caller,
                    Tenant.CONSUMERS_TENANT,
                    oid,
                    msa.displayName(),
                    null,
                    "live.com#" + email,
                    email,
                    "live.com",
                    false,
                    List.of(),
                    List.of(),
                    oid,
                    Tenant.CONSUMERS_TENANT,
                    null);
        }
        DirectoryUser user = users.byId(caller.directory(), caller.principal()).orElseThrow(Subjects::gone);
        if (!user.person().equals(person)) throw gone();
        if (!user.accountEnabled()) throw disabled();
        List<UUID> wids = wids(caller);
        if (person instanceof Identity.Personal p) {
            String display = msa(person).map(MicrosoftAccount::displayName).orElse(user.displayName());
            return new Subject(
                    caller,
                    caller.directory(),
                    user.id().value(),
                    display,
                    null,
                    "live.com#" + email,
                    email,
                    "live.com",
                    false,
                    List.of(),
                    wids,
                    p.account().value(),
                    Tenant.CONSUMERS_TENANT,
                    null);
        }
        Identity.Work home = (Identity.Work) person;
        if (user.isHomedHere()) {
            return new Subject(
                    caller,
                    caller.directory(),
                    user.id().value(),
                    user.displayName(),
                    user.userPrincipalName(),
                    user.userPrincipalName(),
                    user.userPrincipalName(),
                    null,
                    false,
                    List.of(),
                    wids,
                    user.id().value(),
                    caller.directory(),
                    null);
        }
        String homeIssuer = "https://sts.windows.net/" + home.directory() + "/";
        String name = email != null ? email : user.signInName();
        return new Subject(
                caller,
                caller.directory(),
                user.id().value(),
                user.displayName(),
                null,
                name,
                name,
                homeIssuer,
                false,
                List.of(),
                wids,
                home.user().value(),
                home.directory(),
                null);
    }

    private Optional<MicrosoftAccount> msa(Identity person) {
        return person instanceof Identity.Personal p ? accounts.byId(p.account()) : Optional.empty();
    }

    private List<UUID> wids(Caller caller) {
        if (caller.directory() == null || caller.principal() == null) return List.of();
        return roles.rolesOf(caller.directory(), caller.principal()).stream()
                .map(DirectoryRole::templateId)
                .toList();
    }

    /** Azure AD's AADSTS50057. */
    static OAuthError disabled() {
        return OAuthError.invalidGrant(50057, "The user account is disabled.");
    }

    private static OAuthError gone() {
        return OAuthError.invalidGrant(
                50020,
                "The user account does not exist in the tenant and cannot access the "
                        + "application. The account needs to be added as an external user in the tenant first.");
    }
}
