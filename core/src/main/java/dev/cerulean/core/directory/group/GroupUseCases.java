package dev.cerulean.core.directory.group;

import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryAuthority;
import dev.cerulean.core.directory.DirectoryRoles;
import dev.cerulean.core.directory.DirectoryUsers;
import java.time.Clock;

/** The group use cases, as {@code dev.cerulean.core.UseCases} builds them once. */
public record GroupUseCases(ReadGroups read, CreateGroup create, UpdateGroup update, ChangeGroupMembers members) {

    /** Builds the group use cases from the ports they use (called by the composition root only). */
    public static GroupUseCases of(
            Transactions tx,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            Groups groups,
            GroupAuthority.ManagedIdentities managedIdentities,
            ActivityRecorder activity,
            Clock clock,
            IdGenerator ids) {
        var authority =
                new GroupAuthority(new DirectoryAuthority(users, roles, apps), users, apps, groups, managedIdentities);
        return new GroupUseCases(
                new ReadGroups(tx, groups, authority),
                new CreateGroup(tx, directories, groups, authority, activity, clock, ids),
                new UpdateGroup(tx, groups, authority, activity),
                new ChangeGroupMembers(tx, directories, groups, authority, activity));
    }
}
