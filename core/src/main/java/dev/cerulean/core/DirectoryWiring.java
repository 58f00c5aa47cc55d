package dev.cerulean.core;

import dev.cerulean.core.account.SignUpMicrosoftAccount;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AccountActivityRecorder;
import dev.cerulean.core.directory.AddClientSecret;
import dev.cerulean.core.directory.AddExternalMember;
import dev.cerulean.core.directory.AddWorkAccount;
import dev.cerulean.core.directory.AssignDirectoryRole;
import dev.cerulean.core.directory.ChangeApplication;
import dev.cerulean.core.directory.CreateApp;
import dev.cerulean.core.directory.CreateDirectory;
import dev.cerulean.core.directory.CustomDomains;
import dev.cerulean.core.directory.DeleteDirectoryUser;
import dev.cerulean.core.directory.DirectoriesOfAccount;
import dev.cerulean.core.directory.DirectoryUseCases;
import dev.cerulean.core.directory.GrantGraphAppRole;
import dev.cerulean.core.directory.InviteGuest;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.RedeemInvitation;
import dev.cerulean.core.directory.RegisterApp;
import dev.cerulean.core.directory.RemoveDirectoryRole;
import dev.cerulean.core.directory.ResolveSignInName;
import dev.cerulean.core.directory.SecretSource;
import dev.cerulean.core.directory.ServicePrincipals;
import dev.cerulean.core.directory.SignUpOffice365;
import dev.cerulean.core.directory.UpdateDirectoryUser;
import dev.cerulean.core.signin.BrowserSessions;
import dev.cerulean.core.signin.Lockout;
import dev.cerulean.core.signin.SetDefaultDirectory;
import dev.cerulean.core.signin.SignIn;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.signin.SignInThrottle;
import dev.cerulean.core.signin.SignInUseCases;

/** {@link UseCases}' wiring of the directory and account use cases and of sign-in (the largest part). */
final class DirectoryWiring {
    private DirectoryWiring() {}

    static DirectoryUseCases directory(Ports p, Transactions tx, ActivityRecorder activity, SecretSource secrets) {
        var assignRole = new AssignDirectoryRole(
                tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity);
        var registerApp = new RegisterApp(
                tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), p.ids(), activity);
        var grantGraphAppRole =
                new GrantGraphAppRole(tx, p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity);
        var addClientSecret = new AddClientSecret(
                tx,
                p.directoryUsers(),
                p.directoryRoles(),
                p.appRegistrations(),
                p.passwordHasher(),
                secrets,
                p.clock(),
                p.ids(),
                activity);
        return new DirectoryUseCases(
                new ReadDirectories(tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations()),
                new DirectoriesOfAccount(tx, p.directories(), p.directoryUsers()),
                new CreateDirectory(
                        tx,
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.clock(),
                        p.ids(),
                        activity),
                new AddWorkAccount(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.passwordHasher(),
                        p.ids(),
                        activity),
                new UpdateDirectoryUser(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.passwordHasher(),
                        activity),
                new DeleteDirectoryUser(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.groups(),
                        activity),
                new InviteGuest(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.ids(),
                        activity),
                new RedeemInvitation(tx, p.directoryUsers(), activity),
                new AddExternalMember(
                        tx,
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.ids(),
                        activity),
                assignRole,
                new RemoveDirectoryRole(
                        tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity),
                new CustomDomains(
                        tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity),
                new ResolveSignInName(tx, p.microsoftAccounts(), p.directoryUsers()),
                registerApp,
                grantGraphAppRole,
                addClientSecret,
                new CreateApp(tx, registerApp, grantGraphAppRole, addClientSecret),
                new ChangeApplication(tx, p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity),
                new ServicePrincipals(
                        tx, p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), p.ids(), activity),
                new SignUpMicrosoftAccount(
                        tx,
                        p.microsoftAccounts(),
                        p.passwordHasher(),
                        p.clock(),
                        p.ids(),
                        new AccountActivityRecorder(activity)),
                new SignUpOffice365(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.passwordHasher(),
                        p.clock(),
                        p.ids(),
                        activity));
    }

    static SignInUseCases signIn(Ports p, Transactions tx, SignInThrottle throttle) {
        var signInDirectory = new SignInDirectory(p.directories(), p.directoryUsers(), p.directoryPreferences());
        var lockout = new Lockout(tx, p.signInAttempts(), throttle, p.clock());
        return new SignInUseCases(
                signInDirectory,
                lockout,
                new SignIn(
                        tx,
                        p.microsoftAccounts(),
                        p.directoryUsers(),
                        p.passwordHasher(),
                        p.signInAttempts(),
                        signInDirectory,
                        lockout,
                        p.clock()),
                new BrowserSessions(tx, p.sessions(), signInDirectory, p.clock()),
                new SetDefaultDirectory(tx, p.directoryUsers(), p.directoryPreferences()));
    }
}
