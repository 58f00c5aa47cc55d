package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ActivityLogContract;
import dev.cerulean.core.contract.ActivityLogPagesContract;
import dev.cerulean.core.contract.AdministeredSubscriptionsContract;
import dev.cerulean.core.contract.AnyRoleAgreementContract;
import dev.cerulean.core.contract.AppRegistrationsContract;
import dev.cerulean.core.contract.AuthorizationCodesContract;
import dev.cerulean.core.contract.ChangeTenantRequestsContract;
import dev.cerulean.core.contract.CoAdministratorsContract;
import dev.cerulean.core.contract.DeviceCodesContract;
import dev.cerulean.core.contract.DirectoriesContract;
import dev.cerulean.core.contract.DirectoriesOfPersonContract;
import dev.cerulean.core.contract.DirectoryLinkRequestsContract;
import dev.cerulean.core.contract.DirectoryPreferencesContract;
import dev.cerulean.core.contract.DirectoryRolesContract;
import dev.cerulean.core.contract.DirectoryUsersContract;
import dev.cerulean.core.contract.FollowUpItemsContract;
import dev.cerulean.core.contract.GroupsContract;
import dev.cerulean.core.contract.IdentityEndpointGrantsContract;
import dev.cerulean.core.contract.MicrosoftAccountsContract;
import dev.cerulean.core.contract.ReadableAgreementContract;
import dev.cerulean.core.contract.RefreshTokensContract;
import dev.cerulean.core.contract.ResourceGroupsContract;
import dev.cerulean.core.contract.ResourcesContract;
import dev.cerulean.core.contract.RoleAssignmentsContract;
import dev.cerulean.core.contract.RoleDefinitionsContract;
import dev.cerulean.core.contract.SessionsContract;
import dev.cerulean.core.contract.SignInAttemptsContract;
import dev.cerulean.core.contract.SigningKeysContract;
import dev.cerulean.core.contract.SubscriptionsContract;
import dev.cerulean.core.contract.SubscriptionsWithAnyRoleContract;
import dev.cerulean.core.contract.SupportRequestsContract;
import dev.cerulean.core.contract.TransactionRollbackContract;
import dev.cerulean.core.contract.TransactionsContract;
import dev.cerulean.core.contract.WorldContract;
import dev.cerulean.store.H2Store;
import dev.cerulean.store.PostgresStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every port contract on both databases, one nested class per contract (named after it without
 * "Contract"): H2 as the server runs it, and PostgreSQL from CERULEAN_TEST_PG_URL (see
 * .ci/pg-start.sh). Without that variable the PostgreSQL runs are skipped locally and fail in CI
 * (see {@link PostgresStore#freshSchema}), so they never go missing silently. Reports read
 * {@code StoreContractsTest > [2] POSTGRESQL > Subscriptions > someTest}.
 */
@ParameterizedClass(name = "[{index}] {0}")
@EnumSource(StoreContractsTest.Store.class)
class StoreContractsTest {
    enum Store {
        H2,
        POSTGRESQL;

        Ports freshPorts() {
            return this == H2 ? H2Store.freshPorts() : PostgresStore.freshPorts();
        }
    }

    @Parameter
    Store store;

    @Nested
    class ActivityLog extends ActivityLogContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class AppRegistrations extends AppRegistrationsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class AuthorizationCodes extends AuthorizationCodesContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class ChangeTenantRequests extends ChangeTenantRequestsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class CoAdministrators extends CoAdministratorsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class DeviceCodes extends DeviceCodesContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class Directories extends DirectoriesContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class DirectoryLinkRequests extends DirectoryLinkRequestsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class DirectoryRoles extends DirectoryRolesContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class DirectoryUsers extends DirectoryUsersContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class FollowUpItems extends FollowUpItemsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class Groups extends GroupsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class MicrosoftAccounts extends MicrosoftAccountsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class RefreshTokens extends RefreshTokensContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class ResourceGroups extends ResourceGroupsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class IdentityEndpointGrants extends IdentityEndpointGrantsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class Resources extends ResourcesContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class RoleAssignments extends RoleAssignmentsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class RoleDefinitions extends RoleDefinitionsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class Sessions extends SessionsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class SignInAttempts extends SignInAttemptsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class SigningKeys extends SigningKeysContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class Subscriptions extends SubscriptionsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class SupportRequests extends SupportRequestsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class TransactionRollback extends TransactionRollbackContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class Transactions extends TransactionsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class World extends WorldContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class DirectoryPreferences extends DirectoryPreferencesContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class DirectoriesOfPerson extends DirectoriesOfPersonContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class AdministeredSubscriptions extends AdministeredSubscriptionsContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class ActivityLogPages extends ActivityLogPagesContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class SubscriptionsWithAnyRole extends SubscriptionsWithAnyRoleContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class AnyRoleAgreement extends AnyRoleAgreementContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }

    @Nested
    class ReadableAgreement extends ReadableAgreementContract {
        @Override
        protected Ports freshPorts() {
            return store.freshPorts();
        }
    }
}
