package dev.cerulean.core.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.util.List;
import java.util.UUID;

/**
 * An application registered in a directory, with its service principal ({@code servicePrincipal}
 * is the object id that role assignments name), client secrets (stored hashed) and the Graph
 * application roles granted to it (e.g. {@code Directory.ReadWrite.All}).
 */
public record AppRegistration(
        UUID clientId,
        DirectoryId directory,
        ObjectId servicePrincipal,
        String displayName,
        List<ClientSecret> secrets,
        List<String> graphAppRoles) {
    public AppRegistration {
        secrets = List.copyOf(secrets);
        graphAppRoles = List.copyOf(graphAppRoles);
    }
}
