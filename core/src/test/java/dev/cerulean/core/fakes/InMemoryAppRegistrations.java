package dev.cerulean.core.fakes;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.AppRegistrations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAppRegistrations implements AppRegistrations {
    private final Map<UUID, AppRegistration> apps = new ConcurrentHashMap<>();
    private final Map<UUID, Long> versions = new ConcurrentHashMap<>();

    @Override
    public void add(AppRegistration app) {
        if (apps.putIfAbsent(app.clientId(), app) != null)
            throw new IllegalStateException("duplicate app " + app.clientId());
        versions.put(
                app.clientId(), java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }

    @Override
    public void update(AppRegistration app) {
        if (apps.replace(app.clientId(), app) != null) versions.merge(app.clientId(), 1L, Long::sum);
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
    public java.util.OptionalLong version(UUID clientId) {
        Long v = apps.containsKey(clientId) ? versions.get(clientId) : null;
        return v == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v);
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
        versions.remove(clientId);
    }

    @Override
    public List<AppRegistration> inDirectory(DirectoryId directory) {
        return apps.values().stream()
                .filter(a -> a.directory().equals(directory))
                .toList();
    }

    @Override
    public List<AppRegistration> page(DirectoryId directory, AppFilter filter, int offset, int limit) {
        return inDirectory(directory).stream()
                .filter(filter::matches)
                .sorted(java.util.Comparator.comparing(
                                (AppRegistration a) -> a.displayName().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(a -> a.clientId().toString()))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int count(DirectoryId directory, AppFilter filter) {
        return (int) inDirectory(directory).stream().filter(filter::matches).count();
    }
}
