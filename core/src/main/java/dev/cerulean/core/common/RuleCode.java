package dev.cerulean.core.common;

/**
 * Every code of the domain rules. The same code is the {@code error.code} of API responses,
 * the key of the portals' localized messages and part of the name of the tests that prove it.
 */
public enum RuleCode {
    // R1–R8: "Use existing directory"
    UseExistingDirectoryRequiresMicrosoftAccount,
    NotReadyToBeSignedOut,
    NotGlobalAdministrator,
    ServiceAdministratorAlreadyInDirectory,
    ServiceAdministratorMatchesGlobalAdministrator,
    AmbiguousDualAccountEmail,
    RequiresServiceAdministrator,
    DirectoryLinkRequestExpired,
    DirectoryLinkRequestNotFound,
    // R9–R14, R34: directory change
    CoAdministratorCannotChangeDirectory,
    EditDirectoryRequiresMicrosoftAccount,
    RequiresOwner,
    CallerNotInTargetDirectory,
    SameDirectory,
    OfferTypeNotSupported,
    PreconditionFailed,
    // (further move codes go here)
    ChangeTenantRequestNotFound,
    NotDestinationOwner,
    // R15–R17: service administrator
    OnlyAccountAdministratorCanChangeServiceAdministrator,
    ServiceAdministratorNotAllowed,
    // R19–R24: co-administrators
    RequiresServiceOrCoAdministrator,
    CoAdministratorNotInDirectory,
    CoAdministratorLimitReached,
    GuestInvitationNotRedeemed,
    AlreadyCoAdministrator,
    NotCoAdministrator,
    CannotRemoveServiceAdministrator,
    // (further subscription codes go here)
    AzureSignUpRequiresPerson,
    // R25–R29: role-based access control
    PrincipalNotInDirectory,
    RoleAssignmentLimitExceeded,
    RoleAssignmentExists,
    AuthorizationFailed,
    InvalidRoleDefinition,
    RoleDefinitionInUse,
    RoleDefinitionNameExists,
    // (further access codes go here)
    RoleAssignmentDescriptionTooLong,
    RoleAssignmentUpdateNotPermitted,
    // R36 and directories: sign-up, directories, users, limits
    InvalidDirectoryName,
    DomainAlreadyExists,
    DomainAlreadyVerified,
    InvalidDomainName,
    DirectoryCreationLimitReached,
    DirectoryMembershipLimitReached,
    MicrosoftAccountExists,
    UserAlreadyExists,
    InvalidEmail,
    InvalidUserPrincipalName,
    PasswordTooWeak,
    InvalidDisplayName,
    InvalidOffer,
    InvalidLocation,
    InvalidName,
    InvalidSupportRequest,
    ResourceGroupExists,
    ResourceGroupNotEmpty,
    ResourceExists,
    // (further directory and account codes go here)
    InvalidMailNickname,
    UserNotHomedHere,
    InvalidCountry,
    InsufficientDirectoryRole,
    LastGlobalAdministrator,
    InvalidGraphAppRole,
    DomainNotFound,
    // unknown ids
    DirectoryNotFound,
    SubscriptionNotFound,
    MicrosoftAccountNotFound,
    UserNotFound,
    AppNotFound,
    ResourceGroupNotFound,
    ResourceNotFound,
    RoleDefinitionNotFound,
    RoleAssignmentNotFound,
    SupportRequestNotFound,
    SubscriptionNotActive,
    // sign-in (R30, R31, issue "Sign-in"): generic on purpose, never saying whether the account exists
    InvalidCredentials,
    TooManySignInAttempts,
    AccountTemporarilyLocked,
    // (further sign-in codes go here)
    UserAccountDisabled,
}
