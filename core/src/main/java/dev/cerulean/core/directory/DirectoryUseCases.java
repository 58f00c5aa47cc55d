package dev.cerulean.core.directory;

import dev.cerulean.core.account.SignUpMicrosoftAccount;

/** The directory and account use cases, as {@code dev.cerulean.core.UseCases} builds them once. */
public record DirectoryUseCases(
        ReadDirectories read,
        DirectoriesOfAccount directoriesOfAccount,
        CreateDirectory createDirectory,
        AddWorkAccount addWorkAccount,
        UpdateDirectoryUser updateDirectoryUser,
        DeleteDirectoryUser deleteDirectoryUser,
        InviteGuest inviteGuest,
        RedeemInvitation redeemInvitation,
        AddExternalMember addExternalMember,
        AssignDirectoryRole assignDirectoryRole,
        RemoveDirectoryRole removeDirectoryRole,
        CustomDomains customDomains,
        ResolveSignInName resolveSignInName,
        RegisterApp registerApp,
        GrantGraphAppRole grantGraphAppRole,
        AddClientSecret addClientSecret,
        CreateApp createApp,
        ChangeApplication changeApplication,
        ServicePrincipals servicePrincipals,
        SignUpMicrosoftAccount signUpMicrosoftAccount,
        SignUpOffice365 signUpOffice365) {}
