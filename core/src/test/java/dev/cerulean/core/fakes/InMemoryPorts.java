package dev.cerulean.core.fakes;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import java.time.Clock;

/** Ports backed by the in-memory fakes. */
public final class InMemoryPorts {
    private InMemoryPorts() {}

    public static Ports create(Clock clock, IdGenerator ids) {
        return new Ports(new InMemoryTransactions(), new InMemoryMicrosoftAccounts(), new InMemoryDirectories(),
                new InMemoryDirectoryUsers(), new InMemoryDirectoryRoles(), new InMemoryAppRegistrations(),
                new InMemorySubscriptions(), new InMemoryCoAdministrators(), new InMemoryResourceGroups(),
                new InMemoryResources(), new InMemoryFollowUpItems(), new InMemoryRoleDefinitions(),
                new InMemoryRoleAssignments(), new InMemoryDirectoryLinkRequests(),
                new InMemoryChangeTenantRequests(), new InMemoryActivityLog(),
                new InMemorySupportRequests(), new InMemorySessions(),
                new InMemorySignInAttempts(), new InMemorySigningKeys(), new InMemoryRefreshTokens(),
                new InMemoryAuthorizationCodes(), new InMemoryDeviceCodes(), clock, ids, new FastTestHasher());
    }
}
