package dev.cerulean.server.portal.classic;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.directory.AddClientSecret;
import dev.cerulean.core.directory.AddWorkAccount;
import dev.cerulean.core.directory.AssignDirectoryRole;
import dev.cerulean.core.directory.ChangeApplication;
import dev.cerulean.core.directory.DeleteDirectoryUser;
import dev.cerulean.core.directory.InviteGuest;
import dev.cerulean.core.directory.RegisterApp;
import dev.cerulean.core.directory.RemoveDirectoryRole;
import dev.cerulean.core.directory.UpdateDirectoryUser;
import dev.cerulean.core.directory.group.ChangeGroupMembers;
import dev.cerulean.core.directory.group.CreateGroup;

/**
 * The use cases behind the Azure portal's Microsoft Entra ID pages: the same ones Graph's
 * {@code /users}, {@code /invitations}, {@code /groups}, {@code /applications} and
 * {@code /directoryRoles} call, so the portal and Graph refuse alike.
 */
public record EntraUseCases(
        AddWorkAccount addUser,
        UpdateDirectoryUser updateUser,
        DeleteDirectoryUser deleteUser,
        InviteGuest inviteGuest,
        CreateGroup createGroup,
        ChangeGroupMembers groupMembers,
        RegisterApp registerApp,
        AddClientSecret addClientSecret,
        ChangeApplication changeApplication,
        AssignDirectoryRole assignRole,
        RemoveDirectoryRole removeRole) {

    static EntraUseCases of(UseCases uses) {
        var d = uses.directory();
        return new EntraUseCases(
                d.addWorkAccount(),
                d.updateDirectoryUser(),
                d.deleteDirectoryUser(),
                d.inviteGuest(),
                uses.groups().create(),
                uses.groups().members(),
                d.registerApp(),
                d.addClientSecret(),
                d.changeApplication(),
                d.assignDirectoryRole(),
                d.removeDirectoryRole());
    }
}
