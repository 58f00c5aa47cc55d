package dev.cerulean.core.fakes;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryDirectories implements Directories {
    private final Map<DirectoryId, Directory> directories = new ConcurrentHashMap<>();
    private final List<Domain> domains = new CopyOnWriteArrayList<>();

    @Override
    public void add(Directory directory) {
        if (!domainsNamed(directory.initialDomain()).isEmpty()
                || directories.putIfAbsent(directory.id(), directory) != null) {
            throw new IllegalStateException("duplicate directory " + directory.initialDomain());
        }
        domains.add(new Domain(directory.initialDomain(), directory.id(), true, true));
    }

    @Override
    public Optional<Directory> byId(DirectoryId id) {
        return Optional.ofNullable(directories.get(id));
    }

    @Override
    public Map<DirectoryId, Directory> byIds(java.util.Collection<DirectoryId> ids) {
        Map<DirectoryId, Directory> found = new java.util.HashMap<>();
        for (DirectoryId id : ids) byId(id).ifPresent(d -> found.put(id, d));
        return found;
    }

    @Override
    public List<Directory> all() {
        return new ArrayList<>(directories.values());
    }

    @Override
    public int countCreatedBy(Identity creator) {
        return (int) directories.values().stream()
                .filter(d -> creator.equals(d.createdBy()))
                .count();
    }

    @Override
    public List<Directory> createdBy(Identity creator) {
        return directories.values().stream()
                .filter(d -> creator.equals(d.createdBy()))
                .sorted(java.util.Comparator.comparing(d -> d.id().value().toString()))
                .toList();
    }

    @Override
    public void addDomain(Domain domain) {
        boolean taken = domains.stream()
                .anyMatch(d ->
                        d.directory().equals(domain.directory()) && d.name().equalsIgnoreCase(domain.name()));
        if (taken) throw new IllegalStateException("duplicate domain " + domain.name());
        domains.add(domain);
    }

    @Override
    public void updateDomain(Domain domain) {
        domains.replaceAll(
                d -> d.directory().equals(domain.directory()) && d.name().equalsIgnoreCase(domain.name()) ? domain : d);
    }

    @Override
    public List<Domain> domainsNamed(String name) {
        return domains.stream().filter(d -> d.name().equalsIgnoreCase(name)).toList();
    }

    @Override
    public List<Domain> domainsOf(DirectoryId directory) {
        return domains.stream().filter(d -> d.directory().equals(directory)).toList();
    }
}
