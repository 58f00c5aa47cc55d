package dev.cerulean.core;

import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.activity.ActivityLog;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryRoles;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.move.ChangeTenantRequests;
import dev.cerulean.core.move.DirectoryLinkRequests;
import dev.cerulean.core.resource.IdentityEndpointGrants;
import dev.cerulean.core.signin.DirectoryPreferences;
import dev.cerulean.core.signin.Sessions;
import dev.cerulean.core.signin.SignInAttempts;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.FollowUpItems;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscriptions;
import dev.cerulean.core.support.SupportRequests;
import dev.cerulean.core.token.AuthorizationCodes;
import dev.cerulean.core.token.DeviceCodes;
import dev.cerulean.core.token.RefreshTokens;
import dev.cerulean.core.token.SigningKeys;
import java.time.Clock;

/**
 * Every port the use cases need, as one store adapter (or the fakes) provides them, plus the
 * injected clock, id source and password hasher. Only composition code (this package, the
 * adapters' composition roots, tests) sees this record; use cases take the ports they use.
 */
public record Ports(
        Transactions transactions,
        MicrosoftAccounts microsoftAccounts,
        Directories directories,
        DirectoryUsers directoryUsers,
        DirectoryRoles directoryRoles,
        AppRegistrations appRegistrations,
        Groups groups,
        Subscriptions subscriptions,
        CoAdministrators coAdministrators,
        ResourceGroups resourceGroups,
        Resources resources,
        IdentityEndpointGrants identityEndpointGrants,
        FollowUpItems followUpItems,
        RoleDefinitions roleDefinitions,
        RoleAssignments roleAssignments,
        DirectoryLinkRequests directoryLinkRequests,
        ChangeTenantRequests changeTenantRequests,
        ActivityLog activityLog,
        SupportRequests supportRequests,
        Sessions sessions,
        SignInAttempts signInAttempts,
        SigningKeys signingKeys,
        RefreshTokens refreshTokens,
        AuthorizationCodes authorizationCodes,
        DeviceCodes deviceCodes,
        Clock clock,
        IdGenerator ids,
        PasswordHasher passwordHasher,
        DirectoryPreferences directoryPreferences) {}
