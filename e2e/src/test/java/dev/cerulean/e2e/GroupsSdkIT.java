package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import com.azure.core.management.Region;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.authorization.models.BuiltInRole;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.ReferenceCreate;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsPostRequestBody;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups end to end with unmodified clients over HTTPS: Sam Reader (a member of Default Directory,
 * signed in with a password) makes two nested groups with the Graph SDK for Java; the service
 * administrator gives the outer group Reader on a resource group with the Azure SDK; Sam, a member
 * of the inner group, may then read that resource group, and may not on the next request after he
 * leaves the group.
 */
class GroupsSdkIT {
    private static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    private static final String RESOURCE_GROUP = "rg-groups";

    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    static CeruleanCloud cloud;
    static TokenCredential sam;
    static GraphServiceClient samGraph;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data);
        cloud = new CeruleanCloud(cerulean);
        sam = cloud.person(DemoWorld.DEFAULT_DIRECTORY, SAM);
        samGraph = GraphClients.graph(cloud, sam);
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    private static Group securityGroup(String name) {
        Group g = new Group();
        g.setDisplayName(name);
        g.setMailNickname(name);
        g.setMailEnabled(false);
        g.setSecurityEnabled(true);
        return g;
    }

    private static ReferenceCreate reference(String id) {
        ReferenceCreate ref = new ReferenceCreate();
        ref.setOdataId(cloud.graphUrl() + "/v1.0/directoryObjects/" + id);
        return ref;
    }

    private static List<String> readableGroups() throws Exception {
        return cloud.resources(sam, DemoWorld.DEFAULT_DIRECTORY).resourceGroups().list().stream()
                .map(ResourceGroup::name)
                .toList();
    }

    @Test
    void aMemberOfANestedGroupReadsWhatTheGroupMayReadUntilItLeaves() throws Exception {
        ResourceGroup target = cloud.resources(cloud.demoAutomation(), DemoWorld.DEFAULT_DIRECTORY)
                .resourceGroups()
                .define(RESOURCE_GROUP)
                .withRegion(Region.EUROPE_WEST)
                .create();
        Group outer = samGraph.groups().post(securityGroup("sdk-outer"));
        Group inner = samGraph.groups().post(securityGroup("sdk-inner"));
        samGraph.groups().byGroupId(outer.getId()).members().ref().post(reference(inner.getId()));
        samGraph.groups().byGroupId(inner.getId()).members().ref().post(reference(DemoWorld.SAM_READER.toString()));
        assertThat(readableGroups()).doesNotContain(RESOURCE_GROUP);

        TokenCredential kelley = cloud.personByDeviceCode(DemoWorld.DEFAULT_DIRECTORY, DemoWorld.KELLEY);
        AuthorizationManager authorization = cloud.authorization(kelley, DemoWorld.DEFAULT_DIRECTORY);
        var assignment = authorization
                .roleAssignments()
                .define(UUID.randomUUID().toString())
                .forObjectId(outer.getId())
                .withBuiltInRole(BuiltInRole.READER)
                .withResourceGroupScope(target)
                .create();
        assertThat(assignment.principalId()).isEqualTo(outer.getId());
        assertThat(assignment.innerModel().principalType().toString()).isEqualTo("Group");

        assertThat(readableGroups()).contains(RESOURCE_GROUP);

        samGraph.groups()
                .byGroupId(inner.getId())
                .members()
                .byDirectoryObjectId(DemoWorld.SAM_READER.toString())
                .ref()
                .delete();
        assertThat(readableGroups()).doesNotContain(RESOURCE_GROUP);
    }

    @Test
    void membershipIsReadBackThroughTheGraphSdk() {
        Group outer = samGraph.groups().post(securityGroup("sdk-read-outer"));
        Group inner = samGraph.groups().post(securityGroup("sdk-read-inner"));
        samGraph.groups().byGroupId(outer.getId()).members().ref().post(reference(inner.getId()));
        samGraph.groups().byGroupId(inner.getId()).members().ref().post(reference(DemoWorld.SAM_READER.toString()));

        List<String> direct = samGraph.me().memberOf().get().getValue().stream()
                .map(DirectoryObject::getId)
                .toList();
        List<String> transitive = samGraph.me().transitiveMemberOf().get().getValue().stream()
                .map(DirectoryObject::getId)
                .toList();
        assertThat(direct).contains(inner.getId()).doesNotContain(outer.getId());
        assertThat(transitive).contains(inner.getId(), outer.getId());
        assertThat(samGraph.groups()
                        .byGroupId(outer.getId())
                        .transitiveMembers()
                        .get()
                        .getValue())
                .extracting(DirectoryObject::getId)
                .contains(inner.getId(), DemoWorld.SAM_READER.toString());
        CheckMemberGroupsPostRequestBody check = new CheckMemberGroupsPostRequestBody();
        check.setGroupIds(List.of(outer.getId()));
        assertThat(samGraph.users()
                        .byUserId(DemoWorld.SAM_READER.toString())
                        .checkMemberGroups()
                        .post(check)
                        .getValue())
                .containsExactly(outer.getId());
        List<Group> found = samGraph.groups()
                .get(r -> r.queryParameters.filter = "displayName eq 'sdk-read-outer'")
                .getValue();
        assertThat(found).extracting(Group::getId).containsExactly(outer.getId());

        // adding the same member twice is Graph's 400
        assertThatThrownBy(() -> samGraph.groups()
                        .byGroupId(outer.getId())
                        .members()
                        .ref()
                        .post(reference(inner.getId())))
                .isInstanceOfSatisfying(
                        ODataError.class,
                        e -> assertThat(e.getResponseStatusCode()).isEqualTo(400));
        samGraph.groups().byGroupId(outer.getId()).delete();
        assertThatThrownBy(() -> samGraph.groups().byGroupId(outer.getId()).get())
                .isInstanceOfSatisfying(
                        ODataError.class,
                        e -> assertThat(e.getResponseStatusCode()).isEqualTo(404));
    }
}
