package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.directory.DirectoryRole.GlobalAdministrator;
import static dev.cerulean.core.directory.DirectoryRole.GuestInviter;
import static dev.cerulean.core.directory.DirectoryRole.UserAdministrator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class DirectoryRolesContract extends PortContract {
    private final DirectoryId contoso = directoryId();
    private final DirectoryId fabrikam = directoryId();
    private final ObjectId megan = objectId();
    private final ObjectId lee = objectId();

    @Test
    void assignedMembersAreListedPerDirectoryAndRole() {
        ports.directoryRoles().assign(contoso, GlobalAdministrator, megan);
        ports.directoryRoles().assign(contoso, GlobalAdministrator, lee);
        ports.directoryRoles().assign(contoso, UserAdministrator, lee);
        ports.directoryRoles().assign(fabrikam, GlobalAdministrator, megan);

        assertThat(ports.directoryRoles().members(contoso, GlobalAdministrator)).containsExactlyInAnyOrder(megan, lee);
        assertThat(ports.directoryRoles().members(contoso, UserAdministrator)).containsExactly(lee);
        assertThat(ports.directoryRoles().members(fabrikam, UserAdministrator)).isEmpty();
    }

    @Test
    void membersAreReadPageByPageByTheirIdsText() {
        List<ObjectId> holders = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ObjectId id = objectId();
            holders.add(id);
            ports.directoryRoles().assign(contoso, GlobalAdministrator, id);
        }
        ports.directoryRoles().assign(contoso, UserAdministrator, megan);
        ports.directoryRoles().assign(fabrikam, GlobalAdministrator, lee);
        holders.sort(java.util.Comparator.comparing(id -> id.value().toString()));

        List<ObjectId> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3)
            paged.addAll(ports.directoryRoles().membersPage(contoso, GlobalAdministrator, offset, 3));

        assertThat(paged).containsExactlyElementsOf(holders);
        assertThat(ports.directoryRoles().memberCount(contoso, GlobalAdministrator))
                .isEqualTo(7);
        assertThat(ports.directoryRoles().memberCount(contoso, UserAdministrator))
                .isEqualTo(1);
        assertThat(ports.directoryRoles().membersPage(fabrikam, UserAdministrator, 0, 5))
                .isEmpty();
        assertThat(ports.directoryRoles().memberCount(fabrikam, UserAdministrator))
                .isZero();
    }

    @Test
    void assigningAMemberTwiceChangesNothing() {
        ports.directoryRoles().assign(contoso, GlobalAdministrator, megan);

        ports.directoryRoles().assign(contoso, GlobalAdministrator, megan);

        assertThat(ports.directoryRoles().members(contoso, GlobalAdministrator)).containsExactly(megan);
    }

    @Test
    void rolesOfAreInTheirDeclaredOrder() {
        ports.directoryRoles().assign(contoso, GuestInviter, megan);
        ports.directoryRoles().assign(contoso, GlobalAdministrator, megan);
        ports.directoryRoles().assign(contoso, UserAdministrator, megan);
        ports.directoryRoles().assign(fabrikam, UserAdministrator, lee);

        assertThat(ports.directoryRoles().rolesOf(contoso, megan))
                .containsExactly(GlobalAdministrator, UserAdministrator, GuestInviter);
        assertThat(ports.directoryRoles().rolesOf(fabrikam, megan)).isEmpty();
    }

    @Test
    void theRolesOfManyMembersAreReadAtOnce() {
        ports.directoryRoles().assign(contoso, UserAdministrator, megan);
        ports.directoryRoles().assign(contoso, GlobalAdministrator, megan);
        ports.directoryRoles().assign(fabrikam, UserAdministrator, lee);

        var roles = ports.directoryRoles()
                .rolesOfMembers(java.util.List.of(megan, lee, ObjectId.of("0d000000-0000-4000-8000-00000000f00d")));

        assertThat(roles).containsOnlyKeys(megan, lee);
        assertThat(roles.get(megan)).containsExactly(GlobalAdministrator, UserAdministrator);
        assertThat(roles.get(lee)).containsExactly(UserAdministrator);
        assertThat(ports.directoryRoles().rolesOfMembers(java.util.List.of())).isEmpty();
    }

    @Test
    void unassignRemovesOnlyThatMembership() {
        ports.directoryRoles().assign(contoso, GlobalAdministrator, megan);
        ports.directoryRoles().assign(contoso, UserAdministrator, megan);

        ports.directoryRoles().unassign(contoso, GlobalAdministrator, megan);
        ports.directoryRoles().unassign(contoso, GlobalAdministrator, lee);

        assertThat(ports.directoryRoles().rolesOf(contoso, megan)).containsExactly(UserAdministrator);
        assertThat(ports.directoryRoles().members(contoso, GlobalAdministrator)).isEmpty();
    }
}
