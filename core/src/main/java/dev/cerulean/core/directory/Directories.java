package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: directories and their domains. */
public interface Directories {
    /** Adds the directory and its initial domain (verified). */
    void add(Directory directory);

    Optional<Directory> byId(DirectoryId id);

    /** The directories of these ids that exist, in one read (a person can be in thousands). */
    Map<DirectoryId, Directory> byIds(Collection<DirectoryId> ids);

    /**
     * The directory, its row locked until the transaction ends (a store without locks reads it):
     * changes that must not interleave inside one directory (nesting groups) take it first.
     */
    default Optional<Directory> byIdForUpdate(DirectoryId id) {
        return byId(id);
    }

    List<Directory> all();

    int countCreatedBy(Identity creator);

    /** The directories {@code creator} made, ordered by id: an indexed lookup, at most a few per person. */
    List<Directory> createdBy(Identity creator);

    void addDomain(Domain domain);

    void updateDomain(Domain domain);

    /** The domain of that name (case-insensitive), in whichever directory holds it. */
    List<Domain> domainsNamed(String name);

    List<Domain> domainsOf(DirectoryId directory);
}
