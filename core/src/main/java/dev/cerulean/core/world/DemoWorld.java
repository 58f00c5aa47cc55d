package dev.cerulean.core.world;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.Directory.DirectoryOrigin;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser.Source;
import dev.cerulean.core.directory.DirectoryUser.UserType;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Subscription.SubscriptionState;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.AppSpec;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.CoAdministratorSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.IdentitySpec;
import dev.cerulean.core.world.World.PersonRef;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.ResourceGroupSpec;
import dev.cerulean.core.world.World.ResourceSpec;
import dev.cerulean.core.world.World.SecretSpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import dev.cerulean.core.world.World.UserSpec;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code demo} world: the article's own example (walkthrough.md, "Starting world") with
 * its documented credentials ("Demo credentials"). The only world with fixed, public
 * passwords and secrets. Times are left to the loader's clock.
 */
public final class DemoWorld {
    private DemoWorld() {}

    public static final String PASSWORD = "Demo-Passw0rd!";
    public static final String DEMO_AUTOMATION_SECRET = "demo-automation-secret";
    public static final String CONTOSO_AUTOMATION_SECRET = "contoso-automation-secret";

    public static final DirectoryId DEFAULT_DIRECTORY = DirectoryId.of("aaaaaaaa-0000-4000-8000-000000000001");
    public static final DirectoryId CONTOSO = DirectoryId.of("cccccccc-0000-4000-8000-000000000002");
    public static final SubscriptionId SUBSCRIPTION = SubscriptionId.of("5b5b5b5b-0000-4000-8000-000000000003");

    public static final MicrosoftAccountId KELLEY_MSA = MicrosoftAccountId.of("0b000000-0000-4000-8000-000000000001");
    public static final MicrosoftAccountId ALEX_MSA = MicrosoftAccountId.of("0b000000-0000-4000-8000-000000000002");

    public static final ObjectId KELLEY_IN_DEFAULT = ObjectId.of("0d000000-0000-4000-8000-000000000001");
    public static final ObjectId ALEX_IN_DEFAULT = ObjectId.of("0d000000-0000-4000-8000-000000000002");
    public static final ObjectId SAM_READER = ObjectId.of("0d000000-0000-4000-8000-000000000003");
    public static final ObjectId DEMO_AUTOMATION_SP = ObjectId.of("0d000000-0000-4000-8000-000000000004");
    public static final ObjectId KELLEY_CONTOSO = ObjectId.of("0c000000-0000-4000-8000-000000000001");
    public static final ObjectId MEGAN_BOWEN = ObjectId.of("0c000000-0000-4000-8000-000000000002");
    public static final ObjectId LEE_GU = ObjectId.of("0c000000-0000-4000-8000-000000000003");
    public static final ObjectId CONTOSO_AUTOMATION_SP = ObjectId.of("0c000000-0000-4000-8000-000000000004");
    public static final ObjectId VM_WEB_IDENTITY = ObjectId.of("0e000000-0000-4000-8000-000000000001");

    public static final UUID DEMO_AUTOMATION_CLIENT = UUID.fromString("11111111-1111-4111-8111-111111111111");
    public static final UUID CONTOSO_AUTOMATION_CLIENT = UUID.fromString("22222222-2222-4222-8222-222222222222");
    public static final UUID DEMO_AUTOMATION_KEY = UUID.fromString("5ec00000-0000-4000-8000-000000000001");
    public static final UUID CONTOSO_AUTOMATION_KEY = UUID.fromString("5ec00000-0000-4000-8000-000000000002");
    public static final RoleAssignmentId SAM_READER_ASSIGNMENT =
            RoleAssignmentId.of("0a000000-0000-4000-8000-000000000001");
    public static final RoleAssignmentId AUTOMATION_ASSIGNMENT =
            RoleAssignmentId.of("0a000000-0000-4000-8000-000000000002");

    public static final String KELLEY = "kelley.wall@outlook.com";
    public static final String ALEX = "alex.ops@outlook.com";
    private static final String DEFAULT_DOMAIN = "kelleywalloutlook.onmicrosoft.com";

    public static World world() {
        return new World(
                List.of(
                        new AccountSpec(KELLEY_MSA, KELLEY, "Kelley Wall", PASSWORD, null, null),
                        new AccountSpec(ALEX_MSA, ALEX, "Alex Ops", PASSWORD, null, null)),
                List.of(defaultDirectory(), contoso()),
                List.of(subscription()));
    }

    private static DirectorySpec defaultDirectory() {
        return new DirectorySpec(
                DEFAULT_DIRECTORY,
                "Default Directory",
                DEFAULT_DOMAIN,
                "US",
                DirectoryOrigin.DEFAULT_DIRECTORY,
                PersonRef.account(KELLEY),
                null,
                List.of(),
                List.of(
                        external(KELLEY_IN_DEFAULT, "Kelley Wall", KELLEY, List.of(DirectoryRole.GlobalAdministrator)),
                        external(ALEX_IN_DEFAULT, "Alex Ops", ALEX, List.of()),
                        work(SAM_READER, "Sam Reader", "sam.reader@" + DEFAULT_DOMAIN, List.of())),
                List.of(new AppSpec(
                        DEMO_AUTOMATION_CLIENT,
                        DEMO_AUTOMATION_SP,
                        "demo-automation",
                        List.of(new SecretSpec(DEMO_AUTOMATION_KEY, "dem", DEMO_AUTOMATION_SECRET, null, null)),
                        List.of(),
                        List.of())),
                List.of());
    }

    private static DirectorySpec contoso() {
        return new DirectorySpec(
                CONTOSO,
                "Contoso",
                "contoso.onmicrosoft.com",
                "US",
                DirectoryOrigin.OFFICE_365_SIGNUP,
                PersonRef.user("kelley.wall@contoso.onmicrosoft.com"),
                null,
                List.of(),
                List.of(
                        work(
                                KELLEY_CONTOSO,
                                "Kelley Wall",
                                "kelley.wall@contoso.onmicrosoft.com",
                                List.of(DirectoryRole.GlobalAdministrator)),
                        work(MEGAN_BOWEN, "Megan Bowen", "megan.bowen@contoso.onmicrosoft.com", List.of()),
                        work(LEE_GU, "Lee Gu", "lee.gu@contoso.onmicrosoft.com", List.of())),
                List.of(new AppSpec(
                        CONTOSO_AUTOMATION_CLIENT,
                        CONTOSO_AUTOMATION_SP,
                        "contoso-automation",
                        List.of(new SecretSpec(CONTOSO_AUTOMATION_KEY, "con", CONTOSO_AUTOMATION_SECRET, null, null)),
                        List.of("Directory.ReadWrite.All"),
                        List.of())),
                List.of());
    }

    private static SubscriptionSpec subscription() {
        String rgWeb = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-web";
        return new SubscriptionSpec(
                SUBSCRIPTION,
                "Pay-As-You-Go",
                "MS-AZR-0003P",
                SubscriptionState.Enabled,
                DEFAULT_DIRECTORY,
                PersonRef.account(KELLEY),
                PersonRef.account(KELLEY),
                null,
                List.of(new CoAdministratorSpec(ALEX, null, null)),
                List.of(new ResourceGroupSpec(
                        "rg-web",
                        "westeurope",
                        Map.of(),
                        List.of(
                                new ResourceSpec(Resource.KEY_VAULT, "kv-web", "westeurope", DEFAULT_DIRECTORY, null),
                                new ResourceSpec(
                                        Resource.VIRTUAL_MACHINE,
                                        "vm-web",
                                        "westeurope",
                                        null,
                                        new IdentitySpec(VM_WEB_IDENTITY, DEFAULT_DIRECTORY, null))))),
                List.of(),
                List.of(
                        new AssignmentSpec(
                                SAM_READER_ASSIGNMENT,
                                rgWeb,
                                new PrincipalRef("sam.reader@" + DEFAULT_DOMAIN, null, null, null),
                                "Reader",
                                null,
                                null,
                                KELLEY),
                        new AssignmentSpec(
                                AUTOMATION_ASSIGNMENT,
                                "/subscriptions/" + SUBSCRIPTION,
                                new PrincipalRef(null, DEMO_AUTOMATION_CLIENT, null, null),
                                "Contributor",
                                null,
                                null,
                                KELLEY)));
    }

    /** A Microsoft account added to a directory as an external member. */
    private static UserSpec external(ObjectId id, String name, String email, List<DirectoryRole> roles) {
        String upn = email.replace('@', '_') + "#EXT#@" + DEFAULT_DOMAIN;
        return new UserSpec(
                id,
                upn,
                name,
                email,
                UserType.Member,
                Source.MICROSOFT_ACCOUNT,
                PersonRef.account(email),
                null,
                null,
                null,
                roles);
    }

    private static UserSpec work(ObjectId id, String name, String upn, List<DirectoryRole> roles) {
        return new UserSpec(
                id, upn, name, upn, UserType.Member, Source.WORK_ACCOUNT, null, null, PASSWORD, null, roles);
    }
}
