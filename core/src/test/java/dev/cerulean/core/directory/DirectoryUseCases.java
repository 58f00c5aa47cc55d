package dev.cerulean.core.directory;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.SignUpMicrosoftAccount;
import dev.cerulean.core.activity.ActivityRecorder;

/** The directory and account use cases wired to one set of ports, as a composition root would. */
public record DirectoryUseCases(Ports p, ActivityRecorder activity, SecretSource secrets) {

    public static final String FIXED_SECRET = "Fix3d~secret.value-for-tests_0123456789";

    public static DirectoryUseCases on(Ports p) {
        return new DirectoryUseCases(p, new ActivityRecorder(p.activityLog(), p.clock(), p.ids()), () -> FIXED_SECRET);
    }

    public SignUpMicrosoftAccount signUpMicrosoftAccount() {
        return new SignUpMicrosoftAccount(p.transactions(), p.microsoftAccounts(), p.passwordHasher(), p.clock(),
                p.ids(), new AccountActivityRecorder(activity));
    }

    public CreateDirectory createDirectory() {
        return new CreateDirectory(p.transactions(), p.microsoftAccounts(), p.directories(), p.directoryUsers(),
                p.directoryRoles(), p.clock(), p.ids(), activity);
    }

    public SignUpOffice365 signUpOffice365() {
        return new SignUpOffice365(p.transactions(), p.directories(), p.directoryUsers(), p.directoryRoles(),
                p.passwordHasher(), p.clock(), p.ids(), activity);
    }

    public AddWorkAccount addWorkAccount() {
        return new AddWorkAccount(p.transactions(), p.directories(), p.directoryUsers(), p.directoryRoles(),
                p.appRegistrations(), p.passwordHasher(), p.ids(), activity);
    }

    public AddExternalMember addExternalMember() {
        return new AddExternalMember(p.transactions(), p.microsoftAccounts(), p.directories(), p.directoryUsers(),
                p.directoryRoles(), p.appRegistrations(), p.ids(), activity);
    }

    public InviteGuest inviteGuest() {
        return new InviteGuest(p.transactions(), p.directories(), p.directoryUsers(), p.directoryRoles(),
                p.appRegistrations(), p.ids(), activity);
    }

    public RedeemInvitation redeemInvitation() {
        return new RedeemInvitation(p.transactions(), p.directoryUsers(), activity);
    }

    public AssignDirectoryRole assignDirectoryRole() {
        return new AssignDirectoryRole(p.transactions(), p.directories(), p.directoryUsers(), p.directoryRoles(),
                p.appRegistrations(), activity);
    }

    public RemoveDirectoryRole removeDirectoryRole() {
        return new RemoveDirectoryRole(p.transactions(), p.directories(), p.directoryUsers(), p.directoryRoles(),
                p.appRegistrations(), activity);
    }

    public RegisterApp registerApp() {
        return new RegisterApp(p.transactions(), p.directories(), p.directoryUsers(), p.directoryRoles(),
                p.appRegistrations(), p.ids(), activity);
    }

    public AddClientSecret addClientSecret() {
        return new AddClientSecret(p.transactions(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(),
                p.passwordHasher(), secrets, p.clock(), p.ids(), activity);
    }

    public GrantGraphAppRole grantGraphAppRole() {
        return new GrantGraphAppRole(p.transactions(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(),
                activity);
    }

    public CustomDomains customDomains() {
        return new CustomDomains(p.transactions(), p.directories(), p.directoryUsers(), p.directoryRoles(),
                p.appRegistrations(), activity);
    }

    public DirectoriesOfAccount directoriesOfAccount() {
        return new DirectoriesOfAccount(p.transactions(), p.directories(), p.directoryUsers());
    }

    public ResolveSignInName resolveSignInName() {
        return new ResolveSignInName(p.transactions(), p.microsoftAccounts(), p.directoryUsers());
    }
}
