package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Azure SDK for Java pages through ARM's lists of resource groups and resources by their
 * {@code nextLink}: with 130 more groups and 120 more resources in the demo subscription, the
 * SDK's lists answer every one, a hundred a page, in ARM's order.
 */
class ArmResourceGroupPagingIT {
    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    static CeruleanCloud cloud;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
        cloud = new CeruleanCloud(cerulean);
        for (int i = 0; i < 130; i++) {
            cerulean.ports
                    .resourceGroups()
                    .add(new dev.cerulean.core.subscription.ResourceGroup(
                            DemoWorld.SUBSCRIPTION,
                            String.format(i % 2 == 0 ? "RG-Paged-%03d" : "rg-paged-%03d", i),
                            "westeurope",
                            Map.of()));
        }
        for (int i = 0; i < 120; i++) {
            cerulean.ports
                    .resources()
                    .add(new Resource(
                            ResourceId.of(
                                    DemoWorld.SUBSCRIPTION, "rg-web", Resource.KEY_VAULT, String.format("kv-%03d", i)),
                            "westeurope",
                            DemoWorld.DEFAULT_DIRECTORY,
                            null));
        }
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    @Test
    void listsEveryPageOfResourceGroupsAndResourcesByFollowingNextLink() throws Exception {
        ResourceManager arm = cloud.resources(cloud.demoAutomation(), DemoWorld.DEFAULT_DIRECTORY);
        int groups = cerulean.ports.resourceGroups().of(DemoWorld.SUBSCRIPTION).size();
        int resources = cerulean.ports.resources().of(DemoWorld.SUBSCRIPTION).size();

        List<Integer> groupPages = new ArrayList<>();
        arm.resourceGroups()
                .list()
                .iterableByPage()
                .forEach(p -> groupPages.add(p.getValue().size()));
        List<String> names =
                arm.resourceGroups().list().stream().map(ResourceGroup::name).toList();
        List<Integer> resourcePages = new ArrayList<>();
        arm.genericResources()
                .list()
                .iterableByPage()
                .forEach(p -> resourcePages.add(p.getValue().size()));
        List<String> inWeb = arm.genericResources().listByResourceGroup("rg-web").stream()
                .map(GenericResource::name)
                .toList();

        assertThat(groupPages).containsExactly(100, groups - 100);
        assertThat(names).hasSize(groups).doesNotHaveDuplicates();
        assertThat(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).isSorted();
        assertThat(resourcePages).containsExactly(100, resources - 100);
        assertThat(inWeb).hasSize(resources).contains("kv-000", "kv-119");
    }
}
