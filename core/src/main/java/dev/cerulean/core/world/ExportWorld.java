package dev.cerulean.core.world;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.AppSpec;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.CoAdministratorSpec;
import dev.cerulean.core.world.World.CustomRoleSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.DomainSpec;
import dev.cerulean.core.world.World.GroupSpec;
import dev.cerulean.core.world.World.IdentitySpec;
import dev.cerulean.core.world.World.PersonRef;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.ResourceGroupSpec;
import dev.cerulean.core.world.World.ResourceSpec;
import dev.cerulean.core.world.World.SecretSpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import dev.cerulean.core.world.World.UserSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the store back into a world: passwords and secrets as their stored hashes, every
 * default written out, lists ordered by id (or name) so that the same store always gives the
 * same document. Run-time state (activity log, follow-up items, pending links, support
 * requests) is not part of a world.
 */
public final class ExportWorld {
    private final Ports ports;

    public ExportWorld(Ports ports) {
        this.ports = ports;
    }

    /**
     * Receives a world part by part, in the document's order: the accounts, then each directory,
     * then each subscription; so that a writer can write each part out before the next is read.
     */
    public interface Sink {
        void accounts(List<AccountSpec> accounts);

        void directory(DirectorySpec directory);

        void subscription(SubscriptionSpec subscription);
    }

    /** The whole world at once (small stores and tests; {@link #export(Sink)} for large ones). */
    public World export() {
        List<AccountSpec> accounts = new ArrayList<>();
        List<DirectorySpec> directories = new ArrayList<>();
        List<SubscriptionSpec> subscriptions = new ArrayList<>();
        export(new Sink() {
            public void accounts(List<AccountSpec> all) {
                accounts.addAll(all);
            }

            public void directory(DirectorySpec directory) {
                directories.add(directory);
            }

            public void subscription(SubscriptionSpec subscription) {
                subscriptions.add(subscription);
            }
        });
        return new World(accounts, directories, subscriptions);
    }

    /**
     * Hands the world to {@code sink} one directory and one subscription at a time, read in one
     * transaction so that the parts agree with each other.
     */
    public void export(Sink sink) {
        ports.transactions().inTransaction(() -> {
            sink.accounts(sorted(ports.microsoftAccounts().all(), a -> a.id().toString()).stream()
                    .map(a -> new AccountSpec(
                            a.id(),
                            a.email().value(),
                            a.displayName(),
                            null,
                            a.password().encoded(),
                            a.createdAt()))
                    .toList());
            for (Directory d : sorted(ports.directories().all(), d -> d.id().toString())) sink.directory(directory(d));
            for (Subscription s : sorted(ports.subscriptions().all(), s -> s.id().toString()))
                sink.subscription(subscription(s));
            return null;
        });
    }

    private DirectorySpec directory(Directory d) {
        List<DomainSpec> domains = sorted(ports.directories().domainsOf(d.id()), x -> x.name()).stream()
                .filter(x -> !x.initial())
                .map(x -> new DomainSpec(x.name(), x.verified() ? Boolean.TRUE : null))
                .toList();
        List<UserSpec> users = sorted(ports.directoryUsers().inDirectory(d.id()), u -> u.id().toString()).stream()
                .map(this::user)
                .toList();
        List<AppSpec> apps = sorted(
                        ports.appRegistrations().inDirectory(d.id()),
                        a -> a.clientId().toString())
                .stream()
                .map(a -> new AppSpec(
                        a.clientId(),
                        a.servicePrincipal(),
                        a.displayName(),
                        sorted(a.secrets(), s -> s.keyId().toString()).stream()
                                .map(s -> new SecretSpec(
                                        s.keyId(), s.hint(), null, s.hash().encoded(), s.expiresAt()))
                                .toList(),
                        a.graphAppRoles(),
                        a.hasServicePrincipal()
                                ? ports.directoryRoles().rolesOf(d.id(), a.servicePrincipal())
                                : List.of(),
                        a.objectId().value().equals(a.clientId()) ? null : a.objectId(),
                        a.owners().stream()
                                .map(o -> ports.directoryUsers()
                                        .byId(d.id(), o)
                                        .map(u -> u.userPrincipalName())
                                        .orElse(null))
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        a.groupClaims().wanted() ? a.groupClaims() : null))
                .toList();
        return new DirectorySpec(
                d.id(),
                d.displayName(),
                d.initialDomain(),
                d.country(),
                d.origin(),
                d.createdBy() == null ? null : person(d.createdBy()),
                d.createdAt(),
                domains,
                users,
                apps,
                assignments(ports.roleAssignments().atRoot(d.id())),
                ports.groups().page(d.id(), GroupFilter.ALL, 0, Integer.MAX_VALUE).stream()
                        .map(g -> new GroupSpec(
                                g.id(),
                                g.displayName(),
                                g.mailNickname(),
                                g.description(),
                                g.createdAt(),
                                refs(d.id(), ports.groups().members(d.id(), g.id())),
                                refs(d.id(), ports.groups().owners(d.id(), g.id()))))
                        .toList());
    }

    /** Members and owners as a world names them: users by UPN, apps by client id, groups by id. */
    private List<PrincipalRef> refs(DirectoryId directory, List<GroupMember> members) {
        return members.stream()
                .map(m -> switch (m.type()) {
                    case Group -> new PrincipalRef(null, null, m.id(), PrincipalType.Group);
                    case User ->
                        ports.directoryUsers()
                                .byId(directory, m.id())
                                .map(u -> new PrincipalRef(u.userPrincipalName(), null, null, null))
                                .orElseThrow(() -> new IllegalStateException("group member " + m.id() + " is no user"));
                    case ServicePrincipal ->
                        ports.appRegistrations()
                                .byServicePrincipal(directory, m.id())
                                .map(a -> new PrincipalRef(null, a.clientId(), null, null))
                                .orElseThrow(() -> new IllegalStateException("group member " + m.id() + " is no app"));
                })
                .toList();
    }

    private UserSpec user(DirectoryUser u) {
        PersonRef person = u.source() == DirectoryUser.Source.WORK_ACCOUNT ? null : person(u.person());
        return new UserSpec(
                u.id(),
                u.userPrincipalName(),
                u.displayName(),
                u.mail() == null ? null : u.mail().value(),
                u.type(),
                u.source(),
                person,
                u.invitation(),
                null,
                u.password() == null ? null : u.password().encoded(),
                ports.directoryRoles().rolesOf(u.directory(), u.id()),
                // only what differs from the defaults, so that files of ordinary worlds stay as they were
                u.mailNickname().equals(DirectoryUser.defaultMailNickname(u.userPrincipalName()))
                        ? null
                        : u.mailNickname(),
                u.accountEnabled() ? null : Boolean.FALSE);
    }

    /** A home identity as a reference by email (MSA), user principal name (work account) or client id (app). */
    private PersonRef person(Identity identity) {
        if (identity instanceof Identity.Personal p) {
            return PersonRef.account(ports.microsoftAccounts()
                    .byId(p.account())
                    .map(a -> a.email().value())
                    .orElseThrow(() -> dangling(identity)));
        }
        if (identity instanceof Identity.Work w) {
            return PersonRef.user(ports.directoryUsers()
                    .byId(w.directory(), w.user())
                    .map(DirectoryUser::userPrincipalName)
                    .orElseThrow(() -> dangling(identity)));
        }
        Identity.App a = (Identity.App) identity;
        return new PersonRef(
                null,
                null,
                ports.appRegistrations()
                        .byServicePrincipal(a.directory(), a.servicePrincipal())
                        .map(AppRegistration::clientId)
                        .orElseThrow(() -> dangling(identity)));
    }

    private static IllegalStateException dangling(Identity identity) {
        return new IllegalStateException("the store refers to " + identity + ", which it does not hold");
    }

    private static PersonRef administrator(ClassicAdministrator admin) {
        return admin.isMicrosoftAccount()
                ? PersonRef.account(admin.email().value())
                : PersonRef.user(admin.email().value());
    }

    private SubscriptionSpec subscription(Subscription s) {
        var coAdmins = sorted(
                        ports.coAdministrators().of(s.id()),
                        c -> c.administrator().email().value())
                .stream()
                .map(c -> {
                    PersonRef ref = administrator(c.administrator());
                    return new CoAdministratorSpec(ref.account(), ref.user(), c.addedAt());
                })
                .toList();
        var groups = sorted(ports.resourceGroups().of(s.id()), g -> g.name().toLowerCase()).stream()
                .map(g -> group(s, g))
                .toList();
        var customRoles = sorted(ports.roleDefinitions().of(s.id()), RoleDefinition::roleName).stream()
                .map(r -> new CustomRoleSpec(
                        r.id(),
                        r.roleName(),
                        r.description(),
                        r.actions(),
                        r.notActions(),
                        r.assignableScopes().stream().map(Scope::toString).toList()))
                .toList();
        return new SubscriptionSpec(
                s.id(),
                s.displayName(),
                s.offer().id(),
                s.state(),
                s.directory(),
                administrator(s.accountAdministrator()),
                administrator(s.serviceAdministrator()),
                s.serviceAdministratorLostAccess() ? Boolean.TRUE : null,
                coAdmins,
                groups,
                customRoles,
                assignments(ports.roleAssignments().of(s.id())));
    }

    private ResourceGroupSpec group(Subscription s, ResourceGroup g) {
        var resources = sorted(ports.resources().inGroup(s.id(), g.name()), r -> r.id().key()).stream()
                .map(this::resource)
                .toList();
        return new ResourceGroupSpec(g.name(), g.location(), g.tags(), resources);
    }

    private ResourceSpec resource(Resource r) {
        String[] segments = r.id().path().split("/");
        List<String> names = new ArrayList<>();
        for (int i = 2; i < segments.length; i += 2) names.add(segments[i]);
        IdentitySpec identity = r.identity() == null
                ? null
                : new IdentitySpec(
                        r.identity().principalId(),
                        r.identity().tenantId(),
                        r.identity().enabled() ? null : Boolean.FALSE,
                        r.identity().clientId());
        return new ResourceSpec(
                r.id().type(),
                String.join("/", names),
                r.location(),
                r.tenantId(),
                identity,
                r.tags().isEmpty() ? null : r.tags(),
                r.userAssignedIdentities().isEmpty()
                        ? null
                        : r.userAssignedIdentities().stream()
                                .map(dev.cerulean.core.common.ResourceId::toString)
                                .toList());
    }

    private List<AssignmentSpec> assignments(List<RoleAssignment> assignments) {
        return sorted(assignments, a -> a.id().toString()).stream()
                .map(a -> new AssignmentSpec(
                        a.id(),
                        a.scope().toString(),
                        principal(a.directory(), a),
                        roleName(a),
                        a.description(),
                        a.createdAt(),
                        a.createdBy()))
                .toList();
    }

    private String roleName(RoleAssignment a) {
        return BuiltInRoles.byId(a.roleDefinition())
                .or(() -> ports.roleDefinitions().byId(a.roleDefinition()))
                .map(RoleDefinition::roleName)
                .orElse(a.roleDefinition().toString());
    }

    private PrincipalRef principal(DirectoryId directory, RoleAssignment a) {
        ObjectId id = a.principalId();
        var user = ports.directoryUsers().byId(directory, id);
        if (user.isPresent()) return new PrincipalRef(user.get().userPrincipalName(), null, null, null);
        var app = ports.appRegistrations().byServicePrincipal(directory, id);
        if (app.isPresent()) return new PrincipalRef(null, app.get().clientId(), null, null);
        return new PrincipalRef(null, null, id, a.principalType());
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
