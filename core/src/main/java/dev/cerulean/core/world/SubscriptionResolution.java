package dev.cerulean.core.world;

import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.world.World.CustomRoleSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.IdentitySpec;
import dev.cerulean.core.world.World.ResourceGroupSpec;
import dev.cerulean.core.world.World.ResourceSpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Resolves subscriptions with their administrators, resource groups, resources, custom roles and assignments. */
final class SubscriptionResolution {
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9.]+(/[A-Za-z0-9]+)+");

    private final WorldContext cx;
    private final Assignments assignments;
    private final Set<SubscriptionId> ids = new HashSet<>();
    /** Resources with user-assigned identities, checked once every resource of the world is planned. */
    private final List<Attachment> attachments = new ArrayList<>();

    /** A planned resource (its index in the plan) that names user-assigned identities. */
    private record Attachment(int planned, DirectoryId directory, List<ResourceId> identities, String path) {}

    SubscriptionResolution(WorldContext cx) {
        this.cx = cx;
        this.assignments = new Assignments(cx);
    }

    /** Resolves the directories' root assignments, then {@code subscriptions}, letting go of each once resolved. */
    void resolve(List<DirectorySpec> directories, List<SubscriptionSpec> subscriptions) {
        for (int i = 0; i < directories.size(); i++) {
            var d = directories.get(i);
            if (d.id() == null) continue;
            for (int j = 0; j < d.rootRoleAssignments().size(); j++) {
                assignments.resolve(
                        d.rootRoleAssignments().get(j),
                        d.id(),
                        null,
                        List.of(),
                        Set.of(),
                        "/directories/" + i + "/rootRoleAssignments/" + j);
            }
        }
        for (int i = 0; i < subscriptions.size(); i++) {
            subscription(subscriptions.get(i), "/subscriptions/" + i);
            subscriptions.set(i, null);
        }
        attach();
    }

    /**
     * Each attached identity must be a user-assigned identity of this world in the resource's
     * directory (as ARM's PUT requires); the plan keeps the identity's own spelling of its id.
     */
    private void attach() {
        if (attachments.isEmpty()) return;
        Map<String, Resource> identities = new HashMap<>();
        for (Resource r : cx.plan.resources) if (r.isUserAssignedIdentity()) identities.put(r.id().key(), r);
        for (Attachment a : attachments) {
            List<ResourceId> stored = new ArrayList<>();
            for (int k = 0; k < a.identities().size(); k++) {
                ResourceId named = a.identities().get(k);
                Resource identity = identities.get(named.key());
                if (identity == null || !identity.identity().tenantId().equals(a.directory())) {
                    cx.problem(
                            a.path() + "/userAssignedIdentities/" + k,
                            "no user-assigned identity " + named + " of directory " + a.directory() + " in this world");
                } else if (!stored.contains(identity.id())) {
                    stored.add(identity.id());
                }
            }
            Resource planned = cx.plan.resources.get(a.planned());
            cx.plan.resources.set(a.planned(), planned.withUserAssignedIdentities(stored));
        }
    }

    private void subscription(SubscriptionSpec s, String path) {
        SubscriptionId id = s.id() != null ? s.id() : new SubscriptionId(cx.ids.newId());
        if (!ids.add(id)) cx.problem(path + "/id", "subscription id " + id + " is used twice");
        cx.required(s.name(), path + "/name");
        Optional<Offer> offer = s.offer() == null ? Optional.of(Offer.PAY_AS_YOU_GO) : Offer.parse(s.offer());
        if (offer.isEmpty()) cx.problem(path + "/offer", "unknown offer '" + s.offer() + "'");
        DirectoryId dir = s.directory();
        if (dir == null) cx.problem(path + "/directory", "is required");
        else if (!cx.directoryIds.contains(dir))
            cx.problem(path + "/directory", "no directory " + dir + " in this world");
        var accountAdmin = administrator(s.accountAdministrator(), path + "/accountAdministrator");
        var serviceAdmin = administrator(s.serviceAdministrator(), path + "/serviceAdministrator");

        Set<Object> coAdmins = new HashSet<>();
        if (s.coAdministrators().size() > AddCoAdministrator.LIMIT) {
            cx.problem(path + "/coAdministrators", "at most " + AddCoAdministrator.LIMIT + " co-administrators");
        }
        for (int j = 0; j < s.coAdministrators().size(); j++) {
            var c = s.coAdministrators().get(j);
            String cPath = path + "/coAdministrators/" + j;
            cx.person(c.asPerson(), cPath, false).ifPresent(who -> {
                if (!coAdmins.add(who.identity())) cx.problem(cPath, who.email() + " is listed twice");
                else
                    cx.plan.coAdministrators.add(new CoAdministrator(
                            id,
                            new ClassicAdministrator(who.identity(), who.email()),
                            c.addedAt() != null ? c.addedAt() : cx.now()));
            });
        }
        Map<String, ResourceGroup> groups = new HashMap<>();
        Set<ResourceId> resources = new HashSet<>();
        for (int j = 0; j < s.resourceGroups().size(); j++) {
            group(s.resourceGroups().get(j), id, dir, path + "/resourceGroups/" + j, groups, resources);
        }
        List<RoleDefinition> custom = new ArrayList<>();
        for (int j = 0; j < s.customRoles().size(); j++)
            customRole(s.customRoles().get(j), id, path + "/customRoles/" + j, custom);
        if (dir != null && cx.directoryIds.contains(dir)) {
            Set<Scope> scopes = new HashSet<>();
            resources.forEach(r -> scopes.add(Scope.of(r)));
            groups.values().forEach(g -> scopes.add(g.scope()));
            for (int j = 0; j < s.roleAssignments().size(); j++) {
                assignments.resolve(
                        s.roleAssignments().get(j), dir, id, custom, scopes, path + "/roleAssignments/" + j);
            }
        }
        if (cx.blank(s.name()) || offer.isEmpty() || dir == null || accountAdmin == null || serviceAdmin == null)
            return;
        cx.plan.subscriptions.add(new Subscription(
                id,
                s.name(),
                offer.get(),
                s.state() != null ? s.state() : Subscription.SubscriptionState.Enabled,
                dir,
                accountAdmin,
                serviceAdmin,
                Boolean.TRUE.equals(s.serviceAdministratorLostAccess()),
                1));
    }

    private ClassicAdministrator administrator(World.PersonRef ref, String path) {
        return cx.person(ref, path, false)
                .map(w -> new ClassicAdministrator(w.identity(), w.email()))
                .orElse(null);
    }

    private void group(
            ResourceGroupSpec g,
            SubscriptionId sub,
            DirectoryId dir,
            String path,
            Map<String, ResourceGroup> groups,
            Set<ResourceId> resources) {
        if (cx.blank(g.name())) {
            cx.problem(path + "/name", "is required");
            return;
        }
        if (Scope.parse("/subscriptions/" + sub + "/resourceGroups/" + g.name()).isEmpty()) {
            cx.problem(path + "/name", "'" + g.name() + "' is not a valid resource group name");
            return;
        }
        cx.required(g.location(), path + "/location");
        var group = new ResourceGroup(sub, g.name(), g.location(), g.tags());
        if (groups.putIfAbsent(g.name().toLowerCase(Locale.ROOT), group) != null) {
            cx.problem(path + "/name", "resource group " + g.name() + " is listed twice");
            return;
        }
        if (!cx.blank(g.location())) cx.plan.resourceGroups.add(group);
        for (int k = 0; k < g.resources().size(); k++) {
            resource(g.resources().get(k), group, dir, path + "/resources/" + k, resources);
        }
    }

    private void resource(ResourceSpec r, ResourceGroup group, DirectoryId dir, String path, Set<ResourceId> seen) {
        if (r.type() == null || !TYPE.matcher(r.type()).matches()) {
            cx.problem(path + "/type", "'" + r.type() + "' is not a resource type such as Microsoft.KeyVault/vaults");
            return;
        }
        Optional<ResourceId> id = resourceId(group, r.type(), r.name());
        if (id.isEmpty()) {
            cx.problem(path + "/name", "'" + r.name() + "' is not a valid name for a " + r.type());
            return;
        }
        if (!seen.add(id.get())) {
            cx.problem(path + "/name", "resource " + id.get() + " is listed twice");
            return;
        }
        DirectoryId tenant = r.tenantId() != null ? r.tenantId() : id.get().isType(Resource.KEY_VAULT) ? dir : null;
        Resource.ManagedIdentity identity = null;
        // a user-assigned identity resource is an identity, named in the file or not
        IdentitySpec spec = r.identity() != null
                ? r.identity()
                : id.get().isType(Resource.USER_ASSIGNED_IDENTITY) ? new IdentitySpec(null, null, null) : null;
        if (spec != null) {
            ObjectId principal = spec.principalId() != null ? spec.principalId() : new ObjectId(cx.ids.newId());
            cx.claimObjectId(principal, path + "/identity/principalId");
            identity = new Resource.ManagedIdentity(
                    principal,
                    spec.tenantId() != null ? spec.tenantId() : dir,
                    !Boolean.FALSE.equals(spec.enabled()),
                    spec.clientId() != null || r.identity() != null ? spec.clientId() : cx.ids.newId());
            if (cx.appsByClient.containsKey(identity.clientId()) || !cx.identityClients.add(identity.clientId())) {
                cx.problem(path + "/identity/clientId", "client id " + identity.clientId() + " is used twice");
            }
        }
        cx.plan.resources.add(new Resource(
                id.get(), r.location() != null ? r.location() : group.location(), tenant, identity, tags(r, path)));
        List<String> attached = r.userAssignedIdentities() == null ? List.of() : r.userAssignedIdentities();
        if (attached.isEmpty()) return;
        if (id.get().isType(Resource.KEY_VAULT) || id.get().isType(Resource.USER_ASSIGNED_IDENTITY)) {
            cx.problem(path + "/userAssignedIdentities", "a " + r.type() + " carries no user-assigned identities");
            return;
        }
        List<ResourceId> named = new ArrayList<>();
        for (int k = 0; k < attached.size(); k++) {
            Optional<ResourceId> parsed = Optional.ofNullable(attached.get(k))
                    .flatMap(ResourceId::parse)
                    .filter(x -> x.isType(Resource.USER_ASSIGNED_IDENTITY));
            if (parsed.isEmpty()) {
                cx.problem(
                        path + "/userAssignedIdentities/" + k,
                        "'" + attached.get(k)
                                + "' is not the id of a Microsoft.ManagedIdentity/userAssignedIdentities");
            } else {
                named.add(parsed.get());
            }
        }
        if (dir != null) attachments.add(new Attachment(cx.plan.resources.size() - 1, dir, named, path));
    }

    /** The resource's tags as ARM allows them (at most 50; names up to 512, values up to 256 characters). */
    private Map<String, String> tags(ResourceSpec r, String path) {
        if (r.tags() == null) return Map.of();
        boolean ok = r.tags().size() <= 50;
        if (!ok) cx.problem(path + "/tags", "at most 50 tags are allowed");
        for (var e : r.tags().entrySet()) {
            String name = e.getKey();
            if (name == null
                    || name.isEmpty()
                    || name.length() > 512
                    || e.getValue() == null
                    || e.getValue().length() > 256) {
                cx.problem(
                        path + "/tags",
                        "tag '" + name + "' is not a name of at most 512 characters with a value of at most 256");
                ok = false;
            }
        }
        return ok ? r.tags() : Map.of();
    }

    /** "Ns/type/child" with name "parent/child" is the path "Ns/type/parent/child/child". */
    static Optional<ResourceId> resourceId(ResourceGroup group, String type, String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String[] types = type.split("/");
        String[] names = name.split("/", -1);
        if (names.length != types.length - 1) return Optional.empty();
        StringBuilder path = new StringBuilder(types[0]);
        for (int i = 1; i < types.length; i++)
            path.append('/').append(types[i]).append('/').append(names[i - 1]);
        return ResourceId.parse(group.scope() + "/providers/" + path);
    }

    private void customRole(CustomRoleSpec c, SubscriptionId sub, String path, List<RoleDefinition> custom) {
        RoleDefinitionId id = c.id() != null ? c.id() : new RoleDefinitionId(cx.ids.newId());
        boolean ok = !cx.blank(cx.required(c.name(), path + "/name"));
        if (ok
                && (custom.stream().anyMatch(r -> r.roleName().equalsIgnoreCase(c.name()))
                        || dev.cerulean.core.access.BuiltInRoles.byName(c.name())
                                .isPresent())) {
            cx.problem(path + "/name", "role " + c.name() + " is listed twice");
            ok = false;
        }
        if (c.id() != null && (custom.stream().anyMatch(r -> r.id().equals(id)) || assignments.roleIdTaken(id))) {
            cx.problem(path + "/id", "role id " + id + " is used twice");
            ok = false;
        }
        if (c.actions().isEmpty()) {
            cx.problem(path + "/actions", "a role allows at least one action");
            ok = false;
        }
        List<Scope> scopes = new ArrayList<>();
        for (int k = 0; k < c.assignableScopes().size(); k++) {
            Optional<Scope> scope = Scope.parse(c.assignableScopes().get(k));
            if (scope.isEmpty()) {
                cx.problem(
                        path + "/assignableScopes/" + k,
                        "'" + c.assignableScopes().get(k) + "' is not a scope");
                ok = false;
            } else {
                scopes.add(scope.get());
            }
        }
        if (scopes.isEmpty()) scopes.add(Scope.subscription(sub));
        if (!ok) return;
        var role = new RoleDefinition(id, c.name(), c.description(), false, sub, c.actions(), c.notActions(), scopes);
        custom.add(role);
        assignments.claimRoleId(id);
        cx.plan.customRoles.add(role);
    }
}
