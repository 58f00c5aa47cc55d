package dev.cerulean.core.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: application registrations, their service principals and owners. */
public interface AppRegistrations {
    void add(AppRegistration app);

    /** Replaces the stored app of the same client id (name, service principal, secrets, roles, owners). */
    void update(AppRegistration app);

    /** Deletes the app with its secrets, roles and owners; deleting an unknown one changes nothing. */
    void remove(UUID clientId);

    Optional<AppRegistration> byClientId(UUID clientId);

    Optional<AppRegistration> byServicePrincipal(DirectoryId directory, ObjectId servicePrincipal);

    /** By the application object's id (Graph's application {@code id}). */
    Optional<AppRegistration> byObjectId(DirectoryId directory, ObjectId objectId);

    List<AppRegistration> inDirectory(DirectoryId directory);
}
