package dev.cerulean.core.world;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUser.Source;
import dev.cerulean.core.directory.DirectoryUser.UserType;
import dev.cerulean.core.directory.Domain;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.AppSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.SecretSpec;
import dev.cerulean.core.world.World.UserSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves Microsoft accounts, directories, users and apps. Work accounts homed in a directory
 * are resolved before anything that may refer to them (external users, creators).
 */
final class DirectoryResolution {
    static final Duration SECRET_LIFETIME = Duration.ofDays(3650);

    private final WorldContext cx;

    DirectoryResolution(WorldContext cx) {
        this.cx = cx;
    }

    /**
     * Resolves {@code accounts} and {@code directories}. Each directory's user specs are let go as
     * soon as its homed work accounts are resolved ({@code directories} is changed in place: each
     * entry becomes its directory without users), so that a large world's specs and planned users
     * are not held together; the few other users wait for the second pass.
     */
    void resolve(List<AccountSpec> accounts, List<DirectorySpec> directories) {
        Set<MicrosoftAccountId> accountIds = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) account(accounts.get(i), "/accounts/" + i, accountIds);

        List<DirectoryId> ids = new ArrayList<>();
        for (int i = 0; i < directories.size(); i++) {
            DirectorySpec d = directories.get(i);
            String path = "/directories/" + i;
            DirectoryId id = d.id() != null ? d.id() : new DirectoryId(cx.ids.newId());
            if (!cx.directoryIds.add(id)) cx.problem(path + "/id", "directory id " + id + " is used twice");
            ids.add(id);
            cx.claimDomain(d.initialDomain(), id, path + "/initialDomain");
            if (d.initialDomain() != null
                    && !d.initialDomain().toLowerCase(Locale.ROOT).endsWith(".onmicrosoft.com")) {
                cx.problem(path + "/initialDomain", "an initial domain ends with .onmicrosoft.com");
            }
            for (int j = 0; j < d.domains().size(); j++) {
                var domain = d.domains().get(j);
                cx.claimDomain(domain.name(), id, path + "/domains/" + j + "/name");
                if (domain.name() != null) {
                    cx.plan.domains.add(new Domain(domain.name(), id, false, Boolean.TRUE.equals(domain.verified())));
                }
            }
            cx.usersByUpn.put(id, new CompactMap<>());
        }
        cx.directoryOrder.addAll(ids);
        // homed work accounts first: external users, creators and administrators refer to them
        List<List<Waiting>> others = new ArrayList<>();
        for (int i = 0; i < directories.size(); i++) {
            others.add(homedUsers(directories.get(i), ids.get(i), "/directories/" + i));
            directories.set(i, directories.get(i).withoutUsers());
        }
        for (int i = 0; i < directories.size(); i++) {
            DirectorySpec d = directories.get(i);
            String path = "/directories/" + i;
            for (Waiting u : others.get(i)) user(u.spec(), u.source(), d, ids.get(i), path + "/users/" + u.index());
            others.set(i, null);
            for (int j = 0; j < d.apps().size(); j++) app(d.apps().get(j), ids.get(i), path + "/apps/" + j);
        }
        for (int i = 0; i < directories.size(); i++) directory(directories.get(i), ids.get(i), "/directories/" + i);
    }

    /** A user that is not a work account homed in its directory, resolved once every homed one is. */
    private record Waiting(int index, UserSpec spec, Source source) {}

    private void account(AccountSpec a, String path, Set<MicrosoftAccountId> ids) {
        MicrosoftAccountId id = a.id() != null ? a.id() : new MicrosoftAccountId(cx.ids.newId());
        if (!ids.add(id)) cx.problem(path + "/id", "account id " + id + " is used twice");
        var email = cx.email(a.email(), path + "/email");
        cx.required(a.displayName(), path + "/displayName");
        PasswordHash password = cx.secret(a.password(), a.passwordHash(), path, "password", "passwordHash");
        if (password == null && a.password() == null && a.passwordHash() == null) {
            cx.problem(path + "/password", "is required (or passwordHash)");
        }
        if (email.isEmpty() || password == null || cx.blank(a.displayName())) return;
        var msa = new MicrosoftAccount(
                id, email.get(), a.displayName(), password, a.createdAt() != null ? a.createdAt() : cx.now());
        if (cx.accountsByEmail.putIfAbsent(email.get(), msa) != null) {
            cx.problem(path + "/email", "Microsoft account " + email.get() + " is listed twice");
            return;
        }
        cx.plan.accounts.add(msa);
    }

    private void directory(DirectorySpec d, DirectoryId id, String path) {
        cx.required(d.name(), path + "/name");
        Identity creator = null;
        if (d.createdBy() != null) {
            creator = cx.person(d.createdBy(), path + "/createdBy", true)
                    .map(WorldContext.Who::identity)
                    .orElse(null);
        }
        if (cx.blank(d.name()) || cx.blank(d.initialDomain())) return;
        cx.plan.directories.add(new Directory(
                id,
                d.name(),
                cx.blank(d.country()) ? "US" : d.country(),
                d.origin() != null ? d.origin() : Directory.DirectoryOrigin.CLASSIC_PORTAL,
                d.initialDomain(),
                creator,
                d.createdAt() != null ? d.createdAt() : cx.now()));
    }

    /** Resolves the work accounts homed in {@code d}; the directory's other users, to resolve later. */
    private List<Waiting> homedUsers(DirectorySpec d, DirectoryId dir, String path) {
        List<Waiting> others = new ArrayList<>();
        for (int j = 0; j < d.users().size(); j++) {
            UserSpec u = d.users().get(j);
            Source source = u.source() != null ? u.source() : Source.WORK_ACCOUNT;
            if (source == Source.WORK_ACCOUNT) user(u, source, d, dir, path + "/users/" + j);
            else others.add(new Waiting(j, u, source));
        }
        return others;
    }

    private void user(UserSpec u, Source source, DirectorySpec d, DirectoryId dir, String path) {
        ObjectId id = u.id() != null ? u.id() : new ObjectId(cx.ids.newId());
        cx.claimObjectId(id, path + "/id");
        var upn = cx.email(u.userPrincipalName(), path + "/userPrincipalName");
        cx.required(u.displayName(), path + "/displayName");
        Email mail =
                u.mail() == null ? null : cx.email(u.mail(), path + "/mail").orElse(null);
        PasswordHash password = cx.secret(u.password(), u.passwordHash(), path, "password", "passwordHash");
        Identity person = null;
        boolean ok = upn.isPresent() && !cx.blank(u.displayName()) && (u.mail() == null || mail != null);
        if (source == Source.WORK_ACCOUNT) {
            person = new Identity.Work(dir, id);
            if (u.person() != null) cx.problem(path + "/person", "a work account homed here has no other home");
            if (password == null) {
                if (u.password() == null && u.passwordHash() == null)
                    cx.problem(path + "/password", "a work account needs a password (or passwordHash)");
                ok = false;
            }
            if (upn.isPresent() && !ownsDomain(d, upn.get().domain())) {
                cx.problem(
                        path + "/userPrincipalName",
                        "domain " + upn.get().domain() + " is not a domain of this directory");
                ok = false;
            }
        } else {
            if (u.password() != null || u.passwordHash() != null) {
                cx.problem(path + "/password", "only work accounts homed here have a password");
                ok = false;
            }
            if (u.person() == null) {
                cx.problem(
                        path + "/person",
                        source == Source.MICROSOFT_ACCOUNT
                                ? "name the Microsoft account (person: {account: …})"
                                : "name the home work account (person: {user: …})");
                ok = false;
            } else if (source == Source.MICROSOFT_ACCOUNT && u.person().account() == null) {
                cx.problem(path + "/person", "a Microsoft-account user names its account (person: {account: …})");
                ok = false;
            } else if (source == Source.EXTERNAL_WORK_ACCOUNT && u.person().user() == null) {
                cx.problem(path + "/person", "an external work account names its home user (person: {user: …})");
                ok = false;
            } else {
                person = cx.person(u.person(), path + "/person", false)
                        .map(WorldContext.Who::identity)
                        .orElse(null);
                if (person instanceof Identity.Work w && w.directory().equals(dir)) {
                    cx.problem(path + "/person", "an external user's home is another directory");
                    ok = false;
                }
                ok &= person != null;
            }
        }
        if (u.mailNickname() != null && !DirectoryUser.validMailNickname(u.mailNickname())) {
            cx.problem(
                    path + "/mailNickname",
                    "'" + u.mailNickname()
                            + "' is not a valid alias (1–64 ASCII letters, digits or symbols without spaces or '@')");
            ok = false;
        }
        if (u.invitation() != null && source != Source.EXTERNAL_WORK_ACCOUNT) {
            cx.problem(path + "/invitation", "only external work accounts (guests) have an invitation");
            ok = false;
        }
        if (!ok) return;
        UserType type =
                u.type() != null ? u.type() : source == Source.EXTERNAL_WORK_ACCOUNT ? UserType.Guest : UserType.Member;
        var details = new WorldPlan.Details(
                mail,
                type,
                source,
                source == Source.WORK_ACCOUNT ? null : person,
                u.invitation(),
                u.mailNickname(),
                u.accountEnabled() == null || u.accountEnabled());
        var user = new WorldPlan.PlannedUser(
                id,
                dir,
                u.displayName(),
                u.userPrincipalName(),
                source == Source.WORK_ACCOUNT ? password : null,
                details.shared());
        if (cx.usersByUpn.get(dir).putIfAbsent(upn.get().value(), user) != null) {
            cx.problem(path + "/userPrincipalName", upn.get() + " is listed twice in this directory");
            return;
        }
        if (source == Source.WORK_ACCOUNT && mail != null) cx.homedByMail.putIfAbsent(mail, user);
        cx.plan.users.add(user);
        for (DirectoryRole role : u.directoryRoles()) cx.plan.memberships.add(new WorldPlan.Membership(dir, role, id));
    }

    private boolean ownsDomain(DirectorySpec d, String domain) {
        return domain.equalsIgnoreCase(d.initialDomain())
                || d.domains().stream().anyMatch(x -> domain.equalsIgnoreCase(x.name()));
    }

    private void app(AppSpec a, DirectoryId dir, String path) {
        UUID clientId = cx.idOr(a.clientId());
        ObjectId sp = a.servicePrincipalId() != null ? a.servicePrincipalId() : new ObjectId(cx.ids.newId());
        cx.claimObjectId(sp, path + "/servicePrincipalId");
        cx.required(a.name(), path + "/name");
        List<ClientSecret> secrets = new ArrayList<>();
        Set<UUID> keyIds = new HashSet<>();
        for (int k = 0; k < a.secrets().size(); k++) {
            SecretSpec s = a.secrets().get(k);
            String sPath = path + "/secrets/" + k;
            UUID keyId = cx.idOr(s.keyId());
            if (!keyIds.add(keyId)) cx.problem(sPath + "/keyId", "key id " + keyId + " is used twice");
            PasswordHash hash = cx.secret(s.secret(), s.secretHash(), sPath, "secret", "secretHash");
            if (s.secret() == null && s.secretHash() == null)
                cx.problem(sPath + "/secret", "is required (or secretHash)");
            String hint = s.hint() != null
                    ? s.hint()
                    : s.secret() != null
                            ? s.secret().substring(0, Math.min(3, s.secret().length()))
                            : null;
            if (hint == null) cx.problem(sPath + "/hint", "is required with secretHash");
            if (hash != null && hint != null) {
                secrets.add(new ClientSecret(
                        keyId,
                        hint,
                        hash,
                        s.expiresAt() != null ? s.expiresAt() : cx.now().plus(SECRET_LIFETIME)));
            }
        }
        for (int k = 0; k < a.graphAppRoles().size(); k++)
            cx.required(a.graphAppRoles().get(k), path + "/graphAppRoles/" + k);
        // world apps always have their service principal (as the portals register them); the
        // application object's id defaults to the client id, as for apps stored before it existed
        ObjectId objectId = a.objectId() != null ? a.objectId() : new ObjectId(clientId);
        if (a.objectId() != null) cx.claimObjectId(objectId, path + "/objectId");
        List<ObjectId> owners = new ArrayList<>();
        for (int k = 0; k < a.owners().size(); k++) {
            String oPath = path + "/owners/" + k;
            var upn = cx.email(a.owners().get(k), oPath);
            if (upn.isEmpty()) continue;
            WorldPlan.PlannedUser owner = cx.user(dir, upn.get());
            if (owner == null) cx.problem(oPath, "no user " + upn.get().value() + " in this directory");
            else if (owners.contains(owner.id())) cx.problem(oPath, upn.get().value() + " is listed twice");
            else owners.add(owner.id());
        }
        if (cx.blank(a.name())
                || secrets.size() != a.secrets().size()
                || owners.size() != a.owners().size()) return;
        var app = new AppRegistration(
                clientId, dir, sp, a.name(), secrets, a.graphAppRoles(), objectId, owners, a.groupMembershipClaims());
        if (cx.appsByClient.putIfAbsent(clientId, app) != null) {
            cx.problem(path + "/clientId", "client id " + clientId + " is used twice");
            return;
        }
        cx.plan.apps.add(app);
        for (DirectoryRole role : a.directoryRoles()) cx.plan.memberships.add(new WorldPlan.Membership(dir, role, sp));
    }
}
