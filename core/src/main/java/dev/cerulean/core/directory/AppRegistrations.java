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

    /**
     * A number that changes with every {@link #update} of the app, and differs between an app removed
     * and one added again under the same client id; empty when there is no such app. One cheap read
     * that tells a node whether the registration it keeps in memory is still the stored one.
     */
    java.util.OptionalLong version(UUID clientId);

    Optional<AppRegistration> byServicePrincipal(DirectoryId directory, ObjectId servicePrincipal);

    /** By the application object's id (Graph's application {@code id}). */
    Optional<AppRegistration> byObjectId(DirectoryId directory, ObjectId objectId);

    List<AppRegistration> inDirectory(DirectoryId directory);

    /**
     * At most {@code limit} of the directory's apps that {@code filter} wants, after the first
     * {@code offset}, ordered by display name whatever its case, then client id (as its text): a page read in the
     * database (a directory may have any number of apps).
     */
    List<AppRegistration> page(DirectoryId directory, AppFilter filter, int offset, int limit);

    /** How many of the directory's apps {@code filter} wants. */
    int count(DirectoryId directory, AppFilter filter);
}
