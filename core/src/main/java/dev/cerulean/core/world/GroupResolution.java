package dev.cerulean.core.world;

import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.group.ChangeGroupMembers;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.GroupSpec;
import dev.cerulean.core.world.World.PrincipalRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the directories' groups after their users and apps: every group first (so members may
 * name groups listed later), then members and owners, with the core's rules (no group nested in
 * itself, owners are users and apps, at most 100 owners, no one listed twice).
 */
final class GroupResolution {
    private final WorldContext cx;
    /** Member groups of each group, for the cycle check. */
    private final Map<ObjectId, List<ObjectId>> nested = new HashMap<>();

    GroupResolution(WorldContext cx) {
        this.cx = cx;
    }

    void resolve(List<DirectorySpec> directories) {
        List<List<ObjectId>> ids = new ArrayList<>();
        for (int i = 0; i < directories.size(); i++) {
            ids.add(declare(directories.get(i), cx.directoryOrder.get(i), "/directories/" + i));
        }
        for (int i = 0; i < directories.size(); i++) {
            DirectorySpec d = directories.get(i);
            for (int j = 0; j < d.groups().size(); j++) {
                ObjectId id = ids.get(i).get(j);
                if (id != null)
                    edges(d.groups().get(j), id, cx.directoryOrder.get(i), "/directories/" + i + "/groups/" + j);
            }
        }
        for (ObjectId group : nested.keySet()) {
            if (reaches(group, group, new HashSet<>())) {
                cx.problem("/groups", "group " + group + " is nested in itself through its members");
                return;
            }
        }
    }

    /** Registers the directory's groups; the id of each, or null where it is invalid. */
    private List<ObjectId> declare(DirectorySpec d, DirectoryId dir, String path) {
        List<ObjectId> ids = new ArrayList<>();
        for (int j = 0; j < d.groups().size(); j++) {
            GroupSpec g = d.groups().get(j);
            String p = path + "/groups/" + j;
            ObjectId id = g.id() != null ? g.id() : new ObjectId(cx.ids.newId());
            cx.claimObjectId(id, p + "/id");
            boolean ok = !cx.blank(cx.required(g.displayName(), p + "/displayName"));
            if (ok && g.displayName().length() > Group.DISPLAY_NAME_LIMIT) {
                cx.problem(p + "/displayName", "is longer than " + Group.DISPLAY_NAME_LIMIT + " characters");
                ok = false;
            }
            String alias = g.mailNickname() != null ? g.mailNickname() : defaultAlias(g.displayName());
            if (!DirectoryUser.validMailNickname(alias)) {
                cx.problem(p + "/mailNickname", "'" + alias + "' is not a valid alias");
                ok = false;
            }
            if (g.description() != null && g.description().length() > Group.DESCRIPTION_LIMIT) {
                cx.problem(p + "/description", "is longer than " + Group.DESCRIPTION_LIMIT + " characters");
                ok = false;
            }
            if (!ok) {
                ids.add(null);
                continue;
            }
            cx.groupDirectories.put(id, dir);
            cx.groupsByName
                    .computeIfAbsent(dir, k -> new HashMap<>())
                    .computeIfAbsent(g.displayName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(id);
            cx.plan.groups.add(new Group(
                    id,
                    dir,
                    g.displayName(),
                    alias,
                    g.description(),
                    g.createdAt() != null ? g.createdAt() : cx.now()));
            ids.add(id);
        }
        return ids;
    }

    private void edges(GroupSpec g, ObjectId group, DirectoryId dir, String path) {
        Set<ObjectId> seen = new HashSet<>();
        for (int k = 0; k < g.members().size(); k++) {
            String p = path + "/members/" + k;
            member(g.members().get(k), dir, p).ifPresent(m -> {
                if (!seen.add(m.id())) {
                    cx.problem(p, "is listed twice");
                } else {
                    cx.plan.groupEdges.add(new WorldPlan.GroupEdge(dir, group, m, false));
                    if (m.type() == GroupMember.Type.Group)
                        nested.computeIfAbsent(group, x -> new ArrayList<>()).add(m.id());
                }
            });
        }
        if (g.owners().size() > ChangeGroupMembers.OWNER_LIMIT) {
            cx.problem(path + "/owners", "a group has at most " + ChangeGroupMembers.OWNER_LIMIT + " owners");
        }
        Set<ObjectId> owners = new HashSet<>();
        for (int k = 0; k < g.owners().size(); k++) {
            String p = path + "/owners/" + k;
            member(g.owners().get(k), dir, p).ifPresent(o -> {
                if (o.type() == GroupMember.Type.Group) cx.problem(p, "a group's owners are users and apps");
                else if (!owners.add(o.id())) cx.problem(p, "is listed twice");
                else cx.plan.groupEdges.add(new WorldPlan.GroupEdge(dir, group, o, true));
            });
        }
    }

    /** A user by UPN, an app by client id, a group by display name, or an object by id and type. */
    Optional<GroupMember> member(PrincipalRef r, DirectoryId dir, String path) {
        int given = (r.user() != null ? 1 : 0)
                + (r.app() != null ? 1 : 0)
                + (r.group() != null ? 1 : 0)
                + (r.id() != null ? 1 : 0);
        if (given != 1) {
            cx.problem(path, "give exactly one of user, app, group or id");
            return Optional.empty();
        }
        if (r.user() != null) {
            Optional<Email> upn = cx.email(r.user(), path + "/user");
            WorldPlan.PlannedUser user = upn.map(u -> cx.user(dir, u)).orElse(null);
            if (upn.isPresent() && user == null)
                cx.problem(path + "/user", "no user " + r.user() + " in directory " + dir);
            return Optional.ofNullable(user).map(u -> new GroupMember(u.id(), GroupMember.Type.User));
        }
        if (r.app() != null) {
            AppRegistration app = cx.appsByClient.get(r.app());
            if (app == null || !app.directory().equals(dir)) {
                cx.problem(path + "/app", "no app with client id " + r.app() + " in directory " + dir);
                return Optional.empty();
            }
            return Optional.of(new GroupMember(app.servicePrincipal(), GroupMember.Type.ServicePrincipal));
        }
        if (r.group() != null)
            return group(r.group(), dir, path + "/group").map(id -> new GroupMember(id, GroupMember.Type.Group));
        if (r.type() != PrincipalType.Group) {
            cx.problem(path + "/type", "name users by user, apps by app; an id names a group (type: Group)");
            return Optional.empty();
        }
        if (!dir.equals(cx.groupDirectories.get(r.id()))) {
            cx.problem(path + "/id", "no group " + r.id() + " in directory " + dir);
            return Optional.empty();
        }
        return Optional.of(new GroupMember(r.id(), GroupMember.Type.Group));
    }

    /** The one group of the directory with this display name (any case). */
    Optional<ObjectId> group(String name, DirectoryId dir, String path) {
        List<ObjectId> found =
                cx.groupsByName.getOrDefault(dir, Map.of()).getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        if (found.size() == 1) return Optional.of(found.get(0));
        cx.problem(
                path,
                found.isEmpty()
                        ? "no group " + name + " in directory " + dir
                        : "several groups are named " + name + "; name one by id (type: Group)");
        return Optional.empty();
    }

    private boolean reaches(ObjectId from, ObjectId target, Set<ObjectId> visited) {
        for (ObjectId next : nested.getOrDefault(from, List.of())) {
            if (next.equals(target)) return true;
            if (visited.add(next) && reaches(next, target, visited)) return true;
        }
        return false;
    }

    /** The alias a group gets when the world names none: its name's alias characters, else "group". */
    private static String defaultAlias(String displayName) {
        if (displayName == null) return null;
        String alias = displayName.replaceAll("[^A-Za-z0-9._-]", "");
        if (alias.length() > 64) alias = alias.substring(0, 64);
        return alias.isEmpty() ? "group" : alias;
    }
}
