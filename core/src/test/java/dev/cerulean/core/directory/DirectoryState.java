package dev.cerulean.core.directory;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.directory.group.GroupFilter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the directory and account contexts store (groups with their members and owners too), as values: two snapshots are equal
 * exactly when nothing changed. Refusal tests compare one taken before with one taken after.
 */
public record DirectoryState(
        Set<Directory> directories,
        Set<Domain> domains,
        Set<DirectoryUser> users,
        Set<DirectoryRoleMember> roleMembers,
        Set<AppRegistration> apps,
        Set<Object> groups,
        Set<MicrosoftAccount> microsoftAccounts,
        int activityEntries) {

    public static DirectoryState of(Ports p) {
        Set<Domain> domains = new HashSet<>();
        Set<DirectoryUser> users = new HashSet<>();
        Set<DirectoryRoleMember> members = new HashSet<>();
        Set<AppRegistration> apps = new HashSet<>();
        Set<Object> groups = new HashSet<>();
        for (Directory d : p.directories().all()) {
            for (var g : p.groups().page(d.id(), GroupFilter.ALL, 0, Integer.MAX_VALUE)) {
                groups.add(g);
                p.groups().members(d.id(), g.id()).forEach(m -> groups.add(List.of("member", g.id(), m)));
                p.groups().owners(d.id(), g.id()).forEach(o -> groups.add(List.of("owner", g.id(), o)));
            }
            domains.addAll(p.directories().domainsOf(d.id()));
            users.addAll(p.directoryUsers().inDirectory(d.id()));
            apps.addAll(p.appRegistrations().inDirectory(d.id()));
            for (DirectoryRole role : DirectoryRole.values()) {
                p.directoryRoles()
                        .members(d.id(), role)
                        .forEach(m -> members.add(new DirectoryRoleMember(d.id(), role, m)));
            }
        }
        return new DirectoryState(
                Set.copyOf(p.directories().all()),
                domains,
                users,
                members,
                apps,
                groups,
                Set.copyOf(p.microsoftAccounts().all()),
                p.activityLog().all().size());
    }
}
