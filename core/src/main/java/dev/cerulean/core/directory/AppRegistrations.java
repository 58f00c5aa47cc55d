package dev.cerulean.core.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: application registrations and their service principals. */
public interface AppRegistrations {
    void add(AppRegistration app);

    void update(AppRegistration app);

    Optional<AppRegistration> byClientId(UUID clientId);

    Optional<AppRegistration> byServicePrincipal(DirectoryId directory, ObjectId servicePrincipal);

    List<AppRegistration> inDirectory(DirectoryId directory);
}
