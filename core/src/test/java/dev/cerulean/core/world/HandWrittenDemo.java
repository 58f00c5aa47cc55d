package dev.cerulean.core.world;

import static dev.cerulean.core.fixtures.Worlds.*;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.Subscription;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo world as the fixture wrote it entity by entity before {@link DemoWorld} existed; kept
 * to prove that the world document describes exactly the same store.
 */
final class HandWrittenDemo {
    private HandWrittenDemo() {}

    static void write(Ports p) {
        var pw = p.passwordHasher().hash(PASSWORD);
        Email kelley = Email.of("kelley.wall@outlook.com");
        Email alex = Email.of("alex.ops@outlook.com");
        p.microsoftAccounts().add(new MicrosoftAccount(KELLEY_MSA, kelley, "Kelley Wall", pw, NOW));
        p.microsoftAccounts().add(new MicrosoftAccount(ALEX_MSA, alex, "Alex Ops", pw, NOW));

        Identity kelleyPerson = new Identity.Personal(KELLEY_MSA);
        p.directories()
                .add(new Directory(
                        DEFAULT_DIRECTORY,
                        "Default Directory",
                        "US",
                        Directory.DirectoryOrigin.DEFAULT_DIRECTORY,
                        "kelleywalloutlook.onmicrosoft.com",
                        kelleyPerson,
                        NOW));
        p.directoryUsers()
                .add(new DirectoryUser(
                        KELLEY_IN_DEFAULT,
                        DEFAULT_DIRECTORY,
                        "Kelley Wall",
                        "kelley.wall_outlook.com#EXT#@kelleywalloutlook.onmicrosoft.com",
                        kelley,
                        DirectoryUser.UserType.Member,
                        DirectoryUser.Source.MICROSOFT_ACCOUNT,
                        kelleyPerson,
                        null,
                        null));
        p.directoryRoles().assign(DEFAULT_DIRECTORY, DirectoryRole.GlobalAdministrator, KELLEY_IN_DEFAULT);
        p.directoryUsers()
                .add(new DirectoryUser(
                        ALEX_IN_DEFAULT,
                        DEFAULT_DIRECTORY,
                        "Alex Ops",
                        "alex.ops_outlook.com#EXT#@kelleywalloutlook.onmicrosoft.com",
                        alex,
                        DirectoryUser.UserType.Member,
                        DirectoryUser.Source.MICROSOFT_ACCOUNT,
                        new Identity.Personal(ALEX_MSA),
                        null,
                        null));
        workAccount(p, DEFAULT_DIRECTORY, SAM_READER, "Sam Reader", "sam.reader@kelleywalloutlook.onmicrosoft.com", pw);
        p.appRegistrations()
                .add(new AppRegistration(
                        DEMO_AUTOMATION_CLIENT,
                        DEFAULT_DIRECTORY,
                        DEMO_AUTOMATION_SP,
                        "demo-automation",
                        List.of(new ClientSecret(
                                UUID.fromString("5ec00000-0000-4000-8000-000000000001"),
                                "dem",
                                p.passwordHasher().hash("demo-automation-secret"),
                                NOW.plusSeconds(3650L * 86400))),
                        List.of()));

        p.directories()
                .add(new Directory(
                        CONTOSO,
                        "Contoso",
                        "US",
                        Directory.DirectoryOrigin.OFFICE_365_SIGNUP,
                        "contoso.onmicrosoft.com",
                        new Identity.Work(CONTOSO, KELLEY_CONTOSO),
                        NOW));
        workAccount(p, CONTOSO, KELLEY_CONTOSO, "Kelley Wall", "kelley.wall@contoso.onmicrosoft.com", pw);
        p.directoryRoles().assign(CONTOSO, DirectoryRole.GlobalAdministrator, KELLEY_CONTOSO);
        workAccount(p, CONTOSO, MEGAN_BOWEN, "Megan Bowen", "megan.bowen@contoso.onmicrosoft.com", pw);
        workAccount(p, CONTOSO, LEE_GU, "Lee Gu", "lee.gu@contoso.onmicrosoft.com", pw);
        p.appRegistrations()
                .add(new AppRegistration(
                        CONTOSO_AUTOMATION_CLIENT,
                        CONTOSO,
                        CONTOSO_AUTOMATION_SP,
                        "contoso-automation",
                        List.of(new ClientSecret(
                                UUID.fromString("5ec00000-0000-4000-8000-000000000002"),
                                "con",
                                p.passwordHasher().hash("contoso-automation-secret"),
                                NOW.plusSeconds(3650L * 86400))),
                        List.of("Directory.ReadWrite.All")));

        ClassicAdministrator kelleyAdmin = new ClassicAdministrator(kelleyPerson, kelley);
        p.subscriptions()
                .add(new Subscription(
                        SUBSCRIPTION,
                        "Pay-As-You-Go",
                        Offer.PAY_AS_YOU_GO,
                        Subscription.SubscriptionState.Enabled,
                        DEFAULT_DIRECTORY,
                        kelleyAdmin,
                        kelleyAdmin,
                        false,
                        1));
        p.coAdministrators()
                .add(new CoAdministrator(
                        SUBSCRIPTION, new ClassicAdministrator(new Identity.Personal(ALEX_MSA), alex), NOW));
        p.resourceGroups().add(new ResourceGroup(SUBSCRIPTION, "rg-web", "westeurope", Map.of()));
        p.resources().add(new Resource(KV_WEB, "westeurope", DEFAULT_DIRECTORY, null));
        p.resources()
                .add(new Resource(
                        VM_WEB,
                        "westeurope",
                        null,
                        new Resource.ManagedIdentity(VM_WEB_IDENTITY, DEFAULT_DIRECTORY, true)));
        p.roleAssignments()
                .add(new RoleAssignment(
                        SAM_READER_ASSIGNMENT,
                        Scope.resourceGroup(SUBSCRIPTION, "rg-web"),
                        SAM_READER,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.READER.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "kelley.wall@outlook.com"));
        p.roleAssignments()
                .add(new RoleAssignment(
                        AUTOMATION_ASSIGNMENT,
                        Scope.subscription(SUBSCRIPTION),
                        DEMO_AUTOMATION_SP,
                        RoleAssignment.PrincipalType.ServicePrincipal,
                        BuiltInRoles.CONTRIBUTOR.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "kelley.wall@outlook.com"));
    }

    private static void workAccount(
            Ports p, DirectoryId dir, ObjectId id, String name, String upn, dev.cerulean.core.account.PasswordHash pw) {
        p.directoryUsers()
                .add(new DirectoryUser(
                        id,
                        dir,
                        name,
                        upn,
                        Email.of(upn),
                        DirectoryUser.UserType.Member,
                        DirectoryUser.Source.WORK_ACCOUNT,
                        new Identity.Work(dir, id),
                        null,
                        pw));
    }
}
