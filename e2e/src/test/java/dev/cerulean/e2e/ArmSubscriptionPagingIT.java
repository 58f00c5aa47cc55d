package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Azure SDK for Java pages through ARM's list of subscriptions by its {@code nextLink}:
 * demo-automation is given Reader on 60 more subscriptions of the Default Directory, and the
 * SDK's list answers all 61, 50 then 11, by name.
 */
class ArmSubscriptionPagingIT {
    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    static CeruleanCloud cloud;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
        cloud = new CeruleanCloud(cerulean);
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    @Test
    void listsEveryPageOfSubscriptionsByFollowingNextLink() throws Exception {
        var admin = new ClassicAdministrator(
                new Identity.Personal(new MicrosoftAccountId(UUID.randomUUID())), Email.of("paging@outlook.com"));
        for (int i = 0; i < 60; i++) {
            var id = new SubscriptionId(UUID.randomUUID());
            cerulean.ports
                    .subscriptions()
                    .add(new Subscription(
                            id,
                            String.format("Team %02d", 59 - i),
                            Offer.PAY_AS_YOU_GO,
                            Subscription.SubscriptionState.Enabled,
                            DemoWorld.DEFAULT_DIRECTORY,
                            admin,
                            admin,
                            false,
                            0));
            cerulean.ports
                    .roleAssignments()
                    .add(new RoleAssignment(
                            new RoleAssignmentId(UUID.randomUUID()),
                            Scope.subscription(id),
                            DemoWorld.DEMO_AUTOMATION_SP,
                            RoleAssignment.PrincipalType.ServicePrincipal,
                            BuiltInRoles.READER.id(),
                            DemoWorld.DEFAULT_DIRECTORY,
                            Instant.now(),
                            "test"));
        }
        ResourceManager.Authenticated arm =
                cloud.resourcesWithoutSubscription(cloud.demoAutomation(), DemoWorld.DEFAULT_DIRECTORY);

        List<Integer> pages = new ArrayList<>();
        arm.subscriptions()
                .list()
                .iterableByPage()
                .forEach(p -> pages.add(p.getValue().size()));
        List<String> names = arm.subscriptions().list().stream()
                .map(com.azure.resourcemanager.resources.models.Subscription::displayName)
                .toList();

        assertThat(pages).containsExactly(50, 11);
        assertThat(names).hasSize(61).doesNotHaveDuplicates();
        assertThat(names.get(0)).isEqualTo("Pay-As-You-Go");
        assertThat(names.subList(1, 61)).isSorted().first().isEqualTo("Team 00");
    }
}
