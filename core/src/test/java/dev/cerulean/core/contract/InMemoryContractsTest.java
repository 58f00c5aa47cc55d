package dev.cerulean.core.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.fakes.InMemoryPorts;
import org.junit.jupiter.api.Nested;

/**
 * Every port contract on the in-memory fakes, one nested class per contract (named after it without
 * "Contract"). The databases run the same contracts in the store module's StoreContractsTest.
 * TransactionRollbackContract is not here: the fakes have no transactions to roll back.
 */
class InMemoryContractsTest {
    @Nested
    class ActivityLog extends ActivityLogContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class AppRegistrations extends AppRegistrationsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class AuthorizationCodes extends AuthorizationCodesContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class ChangeTenantRequests extends ChangeTenantRequestsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class CoAdministrators extends CoAdministratorsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class IdentityEndpointGrants extends IdentityEndpointGrantsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class DeviceCodes extends DeviceCodesContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class Directories extends DirectoriesContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class DirectoryLinkRequests extends DirectoryLinkRequestsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class DirectoryRoles extends DirectoryRolesContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class DirectoryUsers extends DirectoryUsersContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class FollowUpItems extends FollowUpItemsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class Groups extends GroupsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class MicrosoftAccounts extends MicrosoftAccountsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class RefreshTokens extends RefreshTokensContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class ResourceGroups extends ResourceGroupsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class Resources extends ResourcesContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class RoleAssignments extends RoleAssignmentsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class RoleDefinitions extends RoleDefinitionsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class Sessions extends SessionsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class SignInAttempts extends SignInAttemptsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class SigningKeys extends SigningKeysContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class Subscriptions extends SubscriptionsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class SupportRequests extends SupportRequestsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class Transactions extends TransactionsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class World extends WorldContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class DirectoryPreferences extends DirectoryPreferencesContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class DirectoriesOfPerson extends DirectoriesOfPersonContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class AdministeredSubscriptions extends AdministeredSubscriptionsContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class ActivityLogPages extends ActivityLogPagesContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class SubscriptionsWithAnyRole extends SubscriptionsWithAnyRoleContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class AnyRoleAgreement extends AnyRoleAgreementContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }

    @Nested
    class ReadableAgreement extends ReadableAgreementContract {
        @Override
        protected Ports freshPorts() {
            return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
        }
    }
}
