package dev.cerulean.core.directory.group;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.GraphAppRoles;
import java.util.Optional;

/**
 * Changes a group's display name, alias or description (Graph's PATCH); an owner or an
 * administrator may. Deletes the group too: its memberships go with it, and role assignments
 * naming it stay and grant nothing (Azure shows them as "Identity not found").
 */
public final class UpdateGroup {
    public static final String UPDATE = "microsoft.directory/groups/basic/update";
    public static final String DELETE = "microsoft.directory/groups/delete";

    /** What to change; null leaves a property as it is; an empty description clears it. */
    public record Changes(String displayName, String mailNickname, String description) {}

    private final Transactions transactions;
    private final Groups groups;
    private final GroupAuthority authority;
    private final ActivityRecorder activity;

    UpdateGroup(Transactions transactions, Groups groups, GroupAuthority authority, ActivityRecorder activity) {
        this.transactions = transactions;
        this.groups = groups;
        this.authority = authority;
        this.activity = activity;
    }

    public Outcome<Group> update(Caller caller, DirectoryId directory, ObjectId id, Changes c) {
        return transactions.inTransaction(() -> changeable(caller, directory, id)
                .then(group -> {
                    String name = c.displayName() != null ? c.displayName() : group.displayName();
                    String alias = c.mailNickname() != null ? c.mailNickname() : group.mailNickname();
                    String description =
                            c.description() != null ? CreateGroup.blankToNull(c.description()) : group.description();
                    Outcome<Void> valid = CreateGroup.validateNames(name, alias, description);
                    if (!valid.isOk()) return valid.map(v -> null);
                    Group changed = group.with(name, alias, description);
                    groups.update(changed);
                    activity.succeeded(caller, UPDATE, changed.displayName(), "Group updated", null, directory);
                    return Outcome.ok(changed);
                }));
    }

    public Outcome<Group> delete(Caller caller, DirectoryId directory, ObjectId id) {
        return transactions.inTransaction(() -> changeable(caller, directory, id)
                .then(group -> {
                    groups.remove(directory, id);
                    activity.succeeded(caller, DELETE, group.displayName(), "Group deleted", null, directory);
                    return Outcome.ok(group);
                }));
    }

    private Outcome<Group> changeable(Caller caller, DirectoryId directory, ObjectId id) {
        Optional<Group> group = groups.byId(directory, id);
        if (group.isEmpty()) return Outcome.rejected(RuleCode.GroupNotFound, id);
        return authority
                .mayChange(caller, group.get(), GraphAppRoles.MANAGE_GROUPS)
                .map(v -> group.get());
    }
}
