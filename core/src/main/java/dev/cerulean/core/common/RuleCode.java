package dev.cerulean.core.common;

import java.util.List;

/**
 * Every code of the domain rules. The same code is the {@code error.code} of API responses,
 * the key of the localized messages ({@code rule.<Code>}) and part of the name of the tests that
 * prove it. Each code carries its {@link Kind} (what sort of refusal it is, from which every
 * protocol derives its status) and the numbers of the rules in {@code domain.md} it enforces.
 */
public enum RuleCode {
    // R1–R8: "Use existing directory"
    UseExistingDirectoryRequiresMicrosoftAccount(Kind.DENIED, "R1"),
    NotReadyToBeSignedOut(Kind.INVALID, "R2"),
    NotGlobalAdministrator(Kind.DENIED, "R3"),
    ServiceAdministratorAlreadyInDirectory(Kind.EXISTS, "R5"),
    ServiceAdministratorMatchesGlobalAdministrator(Kind.CONFLICT, "R6"),
    AmbiguousDualAccountEmail(Kind.CONFLICT, "R7"),
    RequiresServiceAdministrator(Kind.DENIED, "R8", "R9"),
    DirectoryLinkRequestExpired(Kind.INVALID),
    DirectoryLinkRequestNotFound(Kind.NOT_FOUND),
    // R9–R14, R34: directory change
    CoAdministratorCannotChangeDirectory(Kind.DENIED, "R9"),
    EditDirectoryRequiresMicrosoftAccount(Kind.DENIED, "R9"),
    RequiresOwner(Kind.DENIED, "R9"),
    CallerNotInTargetDirectory(Kind.DENIED, "R10"),
    SameDirectory(Kind.INVALID),
    OfferTypeNotSupported(Kind.INVALID, "R11"),
    PreconditionFailed(Kind.STALE),
    ChangeTenantRequestNotFound(Kind.NOT_FOUND),
    NotDestinationOwner(Kind.DENIED),
    // R15–R17: service administrator
    OnlyAccountAdministratorCanChangeServiceAdministrator(Kind.DENIED, "R15"),
    ServiceAdministratorNotAllowed(Kind.INVALID, "R16"),
    // R19–R24: co-administrators
    RequiresServiceOrCoAdministrator(Kind.DENIED, "R19"),
    CoAdministratorNotInDirectory(Kind.INVALID, "R20"),
    CoAdministratorLimitReached(Kind.LIMIT, "R21"),
    GuestInvitationNotRedeemed(Kind.INVALID, "R23"),
    AlreadyCoAdministrator(Kind.EXISTS),
    NotCoAdministrator(Kind.NOT_FOUND),
    CannotRemoveServiceAdministrator(Kind.CONFLICT),
    AzureSignUpRequiresPerson(Kind.DENIED, "R36"),
    // R25–R29: role-based access control
    PrincipalNotInDirectory(Kind.INVALID, "R25"),
    RoleAssignmentLimitExceeded(Kind.LIMIT, "R28"),
    RoleAssignmentExists(Kind.EXISTS, "R28"),
    AuthorizationFailed(Kind.DENIED, "R26"),
    InvalidRoleDefinition(Kind.INVALID),
    RoleDefinitionInUse(Kind.CONFLICT),
    RoleDefinitionNameExists(Kind.EXISTS),
    RoleAssignmentDescriptionTooLong(Kind.INVALID),
    RoleAssignmentUpdateNotPermitted(Kind.CONFLICT),
    // R36 and directories: sign-up, directories, users, limits
    InvalidDirectoryName(Kind.INVALID, "R36"),
    DomainAlreadyExists(Kind.EXISTS),
    DomainAlreadyVerified(Kind.EXISTS),
    InvalidDomainName(Kind.INVALID),
    DirectoryCreationLimitReached(Kind.LIMIT),
    DirectoryMembershipLimitReached(Kind.LIMIT),
    MicrosoftAccountExists(Kind.EXISTS, "R36"),
    UserAlreadyExists(Kind.EXISTS),
    InvalidEmail(Kind.INVALID),
    InvalidUserPrincipalName(Kind.INVALID),
    PasswordTooWeak(Kind.INVALID),
    InvalidDisplayName(Kind.INVALID),
    InvalidOffer(Kind.INVALID),
    InvalidLocation(Kind.INVALID),
    InvalidName(Kind.INVALID),
    InvalidSupportRequest(Kind.INVALID),
    ResourceGroupExists(Kind.EXISTS),
    ResourceGroupNotEmpty(Kind.CONFLICT),
    ResourceExists(Kind.EXISTS),
    InvalidMailNickname(Kind.INVALID),
    UserNotHomedHere(Kind.INVALID),
    InvalidCountry(Kind.INVALID),
    InsufficientDirectoryRole(Kind.DENIED),
    LastGlobalAdministrator(Kind.CONFLICT),
    InvalidGraphAppRole(Kind.INVALID),
    // managed identities (issue 11, part 3)
    LocationRequired(Kind.INVALID),
    InvalidIdentityType(Kind.INVALID),
    ManagedIdentityNotFound(Kind.NOT_FOUND),
    ManagedIdentityUnavailable(Kind.CONFLICT, "R14"),
    IdentityEndpointSecretInvalid(Kind.UNAUTHENTICATED),
    InvalidUserAssignedIdentities(Kind.INVALID),
    UserAssignedIdentityNotFound(Kind.INVALID),
    LinkedAuthorizationFailed(Kind.DENIED),
    DomainNotFound(Kind.NOT_FOUND),
    // groups: Entra's rules for security groups and their members and owners
    UnsupportedGroupType(Kind.INVALID),
    InvalidGroupDescription(Kind.INVALID),
    GroupMembershipCycle(Kind.INVALID),
    InvalidGroupOwner(Kind.INVALID),
    GroupMemberExists(Kind.CONFLICT),
    GroupOwnerExists(Kind.CONFLICT),
    GroupOwnerLimitReached(Kind.LIMIT),
    NotGroupMember(Kind.NOT_FOUND),
    NotGroupOwner(Kind.NOT_FOUND),
    // applications and service principals (Graph /applications, /servicePrincipals)
    NotApplicationOwnerOrAdministrator(Kind.DENIED),
    ServicePrincipalExists(Kind.EXISTS),
    AlreadyAppOwner(Kind.CONFLICT),
    AppOwnerMustBeUser(Kind.INVALID),
    NotAppOwner(Kind.NOT_FOUND),
    ClientSecretNotFound(Kind.NOT_FOUND),
    ServicePrincipalNotFound(Kind.NOT_FOUND),
    AppRoleAssignmentNotFound(Kind.NOT_FOUND),
    // unknown ids
    DirectoryNotFound(Kind.NOT_FOUND),
    SubscriptionNotFound(Kind.NOT_FOUND),
    MicrosoftAccountNotFound(Kind.NOT_FOUND),
    UserNotFound(Kind.NOT_FOUND),
    AppNotFound(Kind.NOT_FOUND),
    GroupNotFound(Kind.NOT_FOUND),
    DirectoryObjectNotFound(Kind.NOT_FOUND),
    ResourceGroupNotFound(Kind.NOT_FOUND),
    ResourceNotFound(Kind.NOT_FOUND),
    RoleDefinitionNotFound(Kind.NOT_FOUND),
    RoleAssignmentNotFound(Kind.NOT_FOUND),
    SupportRequestNotFound(Kind.NOT_FOUND),
    SubscriptionNotActive(Kind.CONFLICT),
    // sign-in (R30, R31, issue "Sign-in"): generic on purpose, never saying whether the account exists
    InvalidCredentials(Kind.UNAUTHENTICATED),
    TooManySignInAttempts(Kind.THROTTLED),
    AccountTemporarilyLocked(Kind.THROTTLED),
    UserAccountDisabled(Kind.UNAUTHENTICATED),
    // move rehearsal (issue 14): restore and diff after a directory change
    SubscriptionNotMoved(Kind.CONFLICT),
    PrincipalNotInPlan(Kind.INVALID),
    // R31: a person's default directory (where sign-in lands)
    DefaultDirectoryNotJoined(Kind.INVALID, "R31");

    /**
     * What sort of refusal a code is. Every protocol maps kinds, not codes, to its statuses, so
     * two protocols never disagree about the same rule.
     */
    public enum Kind {
        /** Malformed or unacceptable input, or a request the rules refuse as such. */
        INVALID,
        /** Something named by id or name does not exist (or the caller may not know it does). */
        NOT_FOUND,
        /** The caller is known but may not do this. */
        DENIED,
        /** What the request would create already exists. */
        EXISTS,
        /** The current state forbids the request (still in use, the last one of its kind). */
        CONFLICT,
        /** A count limit is reached. */
        LIMIT,
        /** What the request was based on has changed since (optimistic concurrency). */
        STALE,
        /** The credentials are wrong or no longer valid. */
        UNAUTHENTICATED,
        /** Too many attempts: try again later. */
        THROTTLED
    }

    private final Kind kind;
    private final List<String> rules;

    RuleCode(Kind kind, String... rules) {
        this.kind = kind;
        this.rules = List.of(rules);
    }

    public Kind kind() {
        return kind;
    }

    /** The numbers of the rules of {@code domain.md} this code enforces (e.g. R21); empty for codes of no numbered rule. */
    public List<String> rules() {
        return rules;
    }
}
