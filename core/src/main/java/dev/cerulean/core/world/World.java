package dev.cerulean.core.world;

import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.Directory.DirectoryOrigin;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser.InvitationState;
import dev.cerulean.core.directory.DirectoryUser.Source;
import dev.cerulean.core.directory.DirectoryUser.UserType;
import dev.cerulean.core.subscription.Subscription.SubscriptionState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A whole cloud as a document: what a world file describes, what {@link LoadWorld} writes into an
 * empty store and what {@link ExportWorld} reads back. People refer to each other by email (a
 * Microsoft account's email, a work account's user principal name) rather than by object id, so
 * that world files stay readable; ids are optional wherever the store can make one up.
 * <p>
 * Component names are the world file's keys, and the paths of {@link WorldProblem}s use them.
 * Optional values are null; absent lists are empty. Secrets come either as plaintext
 * ({@code password}, {@code secret}: hashed on load) or as a stored hash ({@code passwordHash},
 * {@code secretHash}: kept as is), never both.
 */
public record World(List<AccountSpec> accounts, List<DirectorySpec> directories, List<SubscriptionSpec> subscriptions) {
    public World {
        accounts = listOf(accounts);
        directories = listOf(directories);
        subscriptions = listOf(subscriptions);
    }

    /** A Microsoft account (personal identity). */
    public record AccountSpec(
            MicrosoftAccountId id,
            String email,
            String displayName,
            String password,
            String passwordHash,
            Instant createdAt) {}

    /** Who someone is at home: exactly one of a Microsoft account's email, a work account's UPN, an app's client id. */
    public record PersonRef(String account, String user, UUID app) {
        public static PersonRef account(String email) {
            return new PersonRef(email, null, null);
        }

        public static PersonRef user(String userPrincipalName) {
            return new PersonRef(null, userPrincipalName, null);
        }
    }

    /** A directory with its custom domains (the initial domain is implied), users, apps and groups. */
    public record DirectorySpec(
            DirectoryId id,
            String name,
            String initialDomain,
            String country,
            DirectoryOrigin origin,
            PersonRef createdBy,
            Instant createdAt,
            List<DomainSpec> domains,
            List<UserSpec> users,
            List<AppSpec> apps,
            List<AssignmentSpec> rootRoleAssignments,
            List<GroupSpec> groups) {
        public DirectorySpec {
            domains = listOf(domains);
            users = listOf(users);
            apps = listOf(apps);
            rootRoleAssignments = listOf(rootRoleAssignments);
            groups = listOf(groups);
        }

        /** The same directory without its users (what is left once they are resolved). */
        public DirectorySpec withoutUsers() {
            return new DirectorySpec(
                    id,
                    name,
                    initialDomain,
                    country,
                    origin,
                    createdBy,
                    createdAt,
                    domains,
                    List.of(),
                    apps,
                    rootRoleAssignments,
                    groups);
        }

        /** A directory without groups. */
        public DirectorySpec(
                DirectoryId id,
                String name,
                String initialDomain,
                String country,
                DirectoryOrigin origin,
                PersonRef createdBy,
                Instant createdAt,
                List<DomainSpec> domains,
                List<UserSpec> users,
                List<AppSpec> apps,
                List<AssignmentSpec> rootRoleAssignments) {
            this(
                    id,
                    name,
                    initialDomain,
                    country,
                    origin,
                    createdBy,
                    createdAt,
                    domains,
                    users,
                    apps,
                    rootRoleAssignments,
                    null);
        }
    }

    /** A custom domain; {@code verified} null means false. */
    public record DomainSpec(String name, Boolean verified) {}

    /**
     * A user object of the directory. {@code person} names the home identity of a Microsoft-account
     * user ({@code account}) or a B2B guest ({@code user}); work accounts homed here leave it out.
     * {@code directoryRoles} are the directory roles the user holds here. {@code mailNickname} null
     * means the default alias (the user principal name up to the '@'); {@code accountEnabled} null
     * means true.
     */
    public record UserSpec(
            ObjectId id,
            String userPrincipalName,
            String displayName,
            String mail,
            UserType type,
            Source source,
            PersonRef person,
            InvitationState invitation,
            String password,
            String passwordHash,
            List<DirectoryRole> directoryRoles,
            String mailNickname,
            Boolean accountEnabled) {
        public UserSpec {
            directoryRoles = listOf(directoryRoles);
        }

        /** An enabled user with the default alias. */
        public UserSpec(
                ObjectId id,
                String userPrincipalName,
                String displayName,
                String mail,
                UserType type,
                Source source,
                PersonRef person,
                InvitationState invitation,
                String password,
                String passwordHash,
                List<DirectoryRole> directoryRoles) {
            this(
                    id,
                    userPrincipalName,
                    displayName,
                    mail,
                    type,
                    source,
                    person,
                    invitation,
                    password,
                    passwordHash,
                    directoryRoles,
                    null,
                    null);
        }
    }

    /**
     * An app registration with its service principal, client secrets and Graph application roles;
     * {@code objectId} is the application object's id (default: the client id), {@code owners} the
     * user principal names of its owners, users of the same directory.
     */
    public record AppSpec(
            UUID clientId,
            ObjectId servicePrincipalId,
            String name,
            List<SecretSpec> secrets,
            List<String> graphAppRoles,
            List<DirectoryRole> directoryRoles,
            ObjectId objectId,
            List<String> owners,
            AppRegistration.GroupClaims groupMembershipClaims) {
        public AppSpec {
            secrets = listOf(secrets);
            graphAppRoles = listOf(graphAppRoles);
            directoryRoles = listOf(directoryRoles);
            owners = listOf(owners);
        }

        /** An app whose object id is its client id, without owners. */
        public AppSpec(
                UUID clientId,
                ObjectId servicePrincipalId,
                String name,
                List<SecretSpec> secrets,
                List<String> graphAppRoles,
                List<DirectoryRole> directoryRoles) {
            this(clientId, servicePrincipalId, name, secrets, graphAppRoles, directoryRoles, null, List.of(), null);
        }

        /** An app whose tokens carry no group claims. */
        public AppSpec(
                UUID clientId,
                ObjectId servicePrincipalId,
                String name,
                List<SecretSpec> secrets,
                List<String> graphAppRoles,
                List<DirectoryRole> directoryRoles,
                ObjectId objectId,
                List<String> owners) {
            this(clientId, servicePrincipalId, name, secrets, graphAppRoles, directoryRoles, objectId, owners, null);
        }
    }

    /** A client secret; {@code hint} defaults to the secret's first three characters. */
    public record SecretSpec(UUID keyId, String hint, String secret, String secretHash, Instant expiresAt) {}

    /**
     * A subscription. Administrators are people ({@code account} or {@code user}); the email a
     * classic administrator is shown by is the one given. {@code offer} is an offer id such as
     * MS-AZR-0003P.
     */
    public record SubscriptionSpec(
            SubscriptionId id,
            String name,
            String offer,
            SubscriptionState state,
            DirectoryId directory,
            PersonRef accountAdministrator,
            PersonRef serviceAdministrator,
            Boolean serviceAdministratorLostAccess,
            List<CoAdministratorSpec> coAdministrators,
            List<ResourceGroupSpec> resourceGroups,
            List<CustomRoleSpec> customRoles,
            List<AssignmentSpec> roleAssignments) {
        public SubscriptionSpec {
            coAdministrators = listOf(coAdministrators);
            resourceGroups = listOf(resourceGroups);
            customRoles = listOf(customRoles);
            roleAssignments = listOf(roleAssignments);
        }
    }

    /** A co-administrator: a Microsoft account ({@code account}) or a work account ({@code user}). */
    public record CoAdministratorSpec(String account, String user, Instant addedAt) {
        PersonRef asPerson() {
            return new PersonRef(account, user, null);
        }
    }

    public record ResourceGroupSpec(
            String name, String location, Map<String, String> tags, List<ResourceSpec> resources) {
        public ResourceGroupSpec {
            tags = tags == null ? Map.of() : Map.copyOf(tags);
            resources = listOf(resources);
        }
    }

    /**
     * A resource: {@code type} with its namespace (e.g. Microsoft.KeyVault/vaults) and {@code name}
     * (child resources: "parent/child"). {@code tenantId} is a key vault's tenant; {@code identity}
     * a managed identity; {@code userAssignedIdentities} the resource ids of the user-assigned
     * identities attached to it (null or empty for none).
     */
    public record ResourceSpec(
            String type,
            String name,
            String location,
            DirectoryId tenantId,
            IdentitySpec identity,
            Map<String, String> tags,
            List<String> userAssignedIdentities) {
        public ResourceSpec(
                String type,
                String name,
                String location,
                DirectoryId tenantId,
                IdentitySpec identity,
                Map<String, String> tags) {
            this(type, name, location, tenantId, identity, tags, null);
        }

        public ResourceSpec(String type, String name, String location, DirectoryId tenantId, IdentitySpec identity) {
            this(type, name, location, tenantId, identity, null);
        }
    }

    /**
     * A managed identity's service principal; {@code tenantId} defaults to the subscription's
     * directory, {@code enabled} to true, {@code clientId} to one derived from the principal id.
     * A user-assigned identity resource without one gets a new one.
     */
    public record IdentitySpec(ObjectId principalId, DirectoryId tenantId, Boolean enabled, UUID clientId) {
        public IdentitySpec(ObjectId principalId, DirectoryId tenantId, Boolean enabled) {
            this(principalId, tenantId, enabled, null);
        }
    }

    /** A custom role of the subscription; assignable scopes default to the subscription. */
    public record CustomRoleSpec(
            RoleDefinitionId id,
            String name,
            String description,
            List<String> actions,
            List<String> notActions,
            List<String> assignableScopes) {
        public CustomRoleSpec {
            actions = listOf(actions);
            notActions = listOf(notActions);
            assignableScopes = listOf(assignableScopes);
        }
    }

    /**
     * A role assignment: {@code scope} is an ARM path, {@code role} a role's name or id (built-in
     * or a custom role of the subscription), {@code principal} who holds it, {@code description}
     * the assigner's optional note.
     */
    public record AssignmentSpec(
            RoleAssignmentId id,
            String scope,
            PrincipalRef principal,
            String role,
            String description,
            Instant createdAt,
            String createdBy) {}

    /**
     * The principal of an assignment, in the assignment's directory: a user by UPN, an app by client id,
     * or any other object (group, managed identity) by object id and type.
     */
    public record PrincipalRef(String user, UUID app, ObjectId id, PrincipalType type, String group) {
        public PrincipalRef(String user, UUID app, ObjectId id, PrincipalType type) {
            this(user, app, id, type, null);
        }
    }

    /**
     * A security group of the directory: its members (users by UPN, apps by client id, other groups
     * of the world by display name or by id with {@code type: Group}) and owners (users and apps).
     */
    public record GroupSpec(
            ObjectId id,
            String displayName,
            String mailNickname,
            String description,
            Instant createdAt,
            List<PrincipalRef> members,
            List<PrincipalRef> owners) {
        public GroupSpec {
            members = listOf(members);
            owners = listOf(owners);
        }
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
