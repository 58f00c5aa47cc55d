package dev.cerulean.core.fakes;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import java.time.Clock;

/** Ports backed by the in-memory fakes. */
public final class InMemoryPorts {
    private InMemoryPorts() {}

    public static Ports create(Clock clock, IdGenerator ids) {
        var directories = new InMemoryDirectories();
        var coAdministrators = new InMemoryCoAdministrators();
        var roleDefinitions = new InMemoryRoleDefinitions();
        var roleAssignments = new InMemoryRoleAssignments();
        return new Ports(
                new InMemoryTransactions(),
                new InMemoryMicrosoftAccounts(),
                directories,
                new InMemoryDirectoryUsers(directories),
                new InMemoryDirectoryRoles(),
                new InMemoryAppRegistrations(),
                new InMemoryGroups(),
                new InMemorySubscriptions(coAdministrators, roleAssignments, roleDefinitions),
                coAdministrators,
                new InMemoryResourceGroups(),
                new InMemoryResources(),
                new InMemoryIdentityEndpointGrants(),
                new InMemoryFollowUpItems(),
                roleDefinitions,
                roleAssignments,
                new InMemoryDirectoryLinkRequests(),
                new InMemoryChangeTenantRequests(),
                new InMemoryActivityLog(),
                new InMemorySupportRequests(),
                new InMemorySessions(),
                new InMemorySignInAttempts(),
                new InMemorySigningKeys(),
                new InMemoryRefreshTokens(),
                new InMemoryAuthorizationCodes(),
                new InMemoryDeviceCodes(),
                clock,
                ids,
                new FastTestHasher(),
                new InMemoryDirectoryPreferences());
    }

    /** The same ports with another password hasher (e.g. one that is busy, for the throttling answers). */
    public static Ports withHasher(Ports p, dev.cerulean.core.account.PasswordHasher hasher) {
        return new Ports(
                p.transactions(),
                p.microsoftAccounts(),
                p.directories(),
                p.directoryUsers(),
                p.directoryRoles(),
                p.appRegistrations(),
                p.groups(),
                p.subscriptions(),
                p.coAdministrators(),
                p.resourceGroups(),
                p.resources(),
                p.identityEndpointGrants(),
                p.followUpItems(),
                p.roleDefinitions(),
                p.roleAssignments(),
                p.directoryLinkRequests(),
                p.changeTenantRequests(),
                p.activityLog(),
                p.supportRequests(),
                p.sessions(),
                p.signInAttempts(),
                p.signingKeys(),
                p.refreshTokens(),
                p.authorizationCodes(),
                p.deviceCodes(),
                p.clock(),
                p.ids(),
                hasher,
                p.directoryPreferences());
    }
}
