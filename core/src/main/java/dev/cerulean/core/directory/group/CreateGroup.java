package dev.cerulean.core.directory.group;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates a security group. Microsoft 365 groups, mail-enabled and dynamic groups are refused
 * ({@code UnsupportedGroupType}): Cerulean models the groups that RBAC uses. Owners and members
 * named in the request are added in the same transaction, each checked first. A person who
 * creates a group without naming owners and without being an administrator becomes its owner,
 * so that the group stays manageable by someone (as the portals do it).
 */
public final class CreateGroup {
    public static final String OPERATION = "microsoft.directory/groups/create";

    /**
     * What Graph's POST /groups carries; {@code groupTypes} empty for a security group; the
     * owners and members to add at once ({@code owners@odata.bind}, {@code members@odata.bind}).
     */
    public record Request(
            String displayName,
            String mailNickname,
            String description,
            boolean mailEnabled,
            boolean securityEnabled,
            List<String> groupTypes,
            List<ObjectId> owners,
            List<ObjectId> members) {
        public Request {
            groupTypes = groupTypes == null ? List.of() : List.copyOf(groupTypes);
            owners = owners == null ? List.of() : owners.stream().distinct().toList();
            members = members == null ? List.of() : members.stream().distinct().toList();
        }

        public Request(
                String displayName,
                String mailNickname,
                String description,
                boolean mailEnabled,
                boolean securityEnabled,
                List<String> groupTypes) {
            this(displayName, mailNickname, description, mailEnabled, securityEnabled, groupTypes, null, null);
        }

        /** A plain security group. */
        public static Request security(String displayName, String mailNickname, String description) {
            return new Request(displayName, mailNickname, description, false, true, List.of());
        }
    }

    private final Transactions transactions;
    private final Directories directories;
    private final Groups groups;
    private final GroupAuthority authority;
    private final ActivityRecorder activity;
    private final Clock clock;
    private final IdGenerator ids;

    CreateGroup(
            Transactions transactions,
            Directories directories,
            Groups groups,
            GroupAuthority authority,
            ActivityRecorder activity,
            Clock clock,
            IdGenerator ids) {
        this.transactions = transactions;
        this.directories = directories;
        this.groups = groups;
        this.authority = authority;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    public Outcome<Group> create(Caller caller, DirectoryId directory, Request r) {
        return transactions.inTransaction(() -> {
            if (directories.byId(directory).isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, directory);
            Outcome<Void> allowed = authority.mayCreate(caller, directory);
            if (!allowed.isOk()) return allowed.map(v -> null);
            Outcome<Void> valid = validate(r);
            if (!valid.isOk()) return valid.map(v -> null);
            // every reference is checked before anything is written: a refusal leaves no half-made group
            List<GroupMember> owners = new ArrayList<>();
            for (ObjectId id : r.owners()) {
                Optional<GroupMember> owner = authority.find(directory, id);
                if (owner.isEmpty()) return Outcome.rejected(RuleCode.DirectoryObjectNotFound, id);
                if (owner.get().type() == GroupMember.Type.Group)
                    return Outcome.rejected(RuleCode.InvalidGroupOwner, id);
                owners.add(owner.get());
            }
            if (owners.size() > ChangeGroupMembers.OWNER_LIMIT) {
                return Outcome.rejected(
                        RuleCode.GroupOwnerLimitReached, r.displayName(), ChangeGroupMembers.OWNER_LIMIT);
            }
            List<GroupMember> members = new ArrayList<>();
            for (ObjectId id : r.members()) {
                Optional<GroupMember> member = authority.find(directory, id);
                if (member.isEmpty()) return Outcome.rejected(RuleCode.DirectoryObjectNotFound, id);
                members.add(member.get());
            }
            Group group = new Group(
                    new ObjectId(ids.newId()),
                    directory,
                    r.displayName(),
                    r.mailNickname(),
                    blankToNull(r.description()),
                    clock.instant());
            groups.add(group);
            if (owners.isEmpty() && !authority.isAdministrator(caller, directory)) {
                authority.actingObject(caller, directory).ifPresent(owners::add);
            }
            owners.forEach(o -> groups.addOwner(directory, group.id(), o));
            members.forEach(m -> groups.addMember(directory, group.id(), m));
            activity.succeeded(caller, OPERATION, group.displayName(), "Group created", null, directory);
            return Outcome.ok(group);
        });
    }

    static Outcome<Void> validate(Request r) {
        if (!r.groupTypes().isEmpty() || r.mailEnabled() || !r.securityEnabled()) {
            return Outcome.rejected(RuleCode.UnsupportedGroupType, String.join(",", r.groupTypes()));
        }
        return validateNames(r.displayName(), r.mailNickname(), r.description());
    }

    static Outcome<Void> validateNames(String displayName, String mailNickname, String description) {
        if (displayName == null || displayName.isBlank() || displayName.length() > Group.DISPLAY_NAME_LIMIT) {
            return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(displayName));
        }
        if (!DirectoryUser.validMailNickname(mailNickname)) {
            return Outcome.rejected(RuleCode.InvalidMailNickname, String.valueOf(mailNickname));
        }
        if (description != null && description.length() > Group.DESCRIPTION_LIMIT) {
            return Outcome.rejected(RuleCode.InvalidGroupDescription, description.length(), Group.DESCRIPTION_LIMIT);
        }
        return Outcome.ok(null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
