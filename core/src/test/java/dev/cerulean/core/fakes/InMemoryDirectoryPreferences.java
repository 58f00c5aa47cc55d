package dev.cerulean.core.fakes;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.signin.DirectoryPreferences;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryDirectoryPreferences implements DirectoryPreferences {
    private final Map<Identity, DirectoryId> defaults = new ConcurrentHashMap<>();

    @Override
    public Optional<DirectoryId> defaultDirectoryOf(Identity person) {
        return Optional.ofNullable(defaults.get(person));
    }

    @Override
    public void setDefaultDirectory(Identity person, DirectoryId directory) {
        defaults.put(person, directory);
    }
}
