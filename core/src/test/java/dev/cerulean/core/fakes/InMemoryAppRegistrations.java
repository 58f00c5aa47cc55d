package dev.cerulean.core.fakes;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.AppRegistrations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAppRegistrations implements AppRegistrations {
    private final Map<UUID, AppRegistration> apps = new ConcurrentHashMap<>();

    @Override
    public void add(AppRegistration app) {
        if (apps.putIfAbsent(app.clientId(), app) != null)
            throw new IllegalStateException("duplicate app " + app.clientId());
    }

    @Override
    public void update(AppRegistration app) {
        apps.replace(app.clientId(), app);
    }

    @Override
    public Optional<AppRegistration> byClientId(UUID clientId) {
        return Optional.ofNullable(apps.get(clientId));
    }

    @Override
    public Optional<AppRegistration> byServicePrincipal(DirectoryId directory, ObjectId servicePrincipal) {
        return apps.values().stream()
                .filter(a -> a.directory().equals(directory) && servicePrincipal.equals(a.servicePrincipal()))
                .findFirst();
    }

    @Override
    public Optional<AppRegistration> byObjectId(DirectoryId directory, ObjectId objectId) {
        return apps.values().stream()
                .filter(a -> a.directory().equals(directory) && a.objectId().equals(objectId))
                .findFirst();
    }

    @Override
    public void remove(UUID clientId) {
        apps.remove(clientId);
    }

    @Override
    public List<AppRegistration> inDirectory(DirectoryId directory) {
        return apps.values().stream()
                .filter(a -> a.directory().equals(directory))
                .toList();
    }
}
