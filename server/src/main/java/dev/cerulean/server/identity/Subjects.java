package dev.cerulean.server.identity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the {@link Subject} of a token from an app registration or a signed-in caller. */
public final class Subjects {
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final MicrosoftAccounts accounts;

    public Subjects(DirectoryUsers users, DirectoryRoles roles, MicrosoftAccounts accounts) {
        this.users = users;
        this.roles = roles;
        this.accounts = accounts;
    }

    public Subject forApp(AppRegistration app) {
        Caller caller = new Caller(new Identity.App(app.directory(), app.servicePrincipal()), app.directory(),
                app.servicePrincipal(), null);
        return new Subject(caller, app.directory(), app.servicePrincipal().value(), null, null, null, null, null, true,
                app.graphAppRoles(), wids(caller), null, null);
    }

    /** The person as it acts now; refused (invalid_grant) when it is no longer in the directory. */
    public Subject forPerson(Caller caller) {
        Identity person = caller.identity();
        String email = caller.email() == null ? null : caller.email().value();
        if (caller.directory() == null) {
            // a Microsoft account in no directory yet: the consumers tenant, as Microsoft issues it
            MicrosoftAccount msa = msa(person).orElseThrow(Subjects::gone);
            UUID oid = msa.id().value();
            return new Subject(caller, Tenant.CONSUMERS_TENANT, oid, msa.displayName(), null, "live.com#" + email, email,
                    "live.com", false, List.of(), List.of(), oid, Tenant.CONSUMERS_TENANT);
        }
        DirectoryUser user = users.byId(caller.directory(), caller.principal()).orElseThrow(Subjects::gone);
        if (!user.person().equals(person)) throw gone();
        List<UUID> wids = wids(caller);
        if (person instanceof Identity.Personal p) {
            String display = msa(person).map(MicrosoftAccount::displayName).orElse(user.displayName());
            return new Subject(caller, caller.directory(), user.id().value(), display, null, "live.com#" + email, email,
                    "live.com", false, List.of(), wids, p.account().value(), Tenant.CONSUMERS_TENANT);
        }
        Identity.Work home = (Identity.Work) person;
        if (user.isHomedHere()) {
            return new Subject(caller, caller.directory(), user.id().value(), user.displayName(), user.userPrincipalName(),
                    user.userPrincipalName(), user.userPrincipalName(), null, false, List.of(), wids,
                    user.id().value(), caller.directory());
        }
        String homeIssuer = "https://sts.windows.net/" + home.directory() + "/";
        String name = email != null ? email : user.signInName();
        return new Subject(caller, caller.directory(), user.id().value(), user.displayName(), null, name, name, homeIssuer,
                false, List.of(), wids, home.user().value(), home.directory());
    }

    private Optional<MicrosoftAccount> msa(Identity person) {
        return person instanceof Identity.Personal p ? accounts.byId(p.account()) : Optional.empty();
    }

    private List<UUID> wids(Caller caller) {
        if (caller.directory() == null || caller.principal() == null) return List.of();
        return roles.rolesOf(caller.directory(), caller.principal()).stream().map(DirectoryRole::templateId).toList();
    }

    private static OAuthError gone() {
        return OAuthError.invalidGrant(50020, "The user account does not exist in the tenant and cannot access the "
                + "application. The account needs to be added as an external user in the tenant first.");
    }
}
