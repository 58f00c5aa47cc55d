package dev.cerulean.store.directory;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.key;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.Domain;
import dev.cerulean.store.JdbiTransactions;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiDirectories implements Directories {

    private static final String DIRECTORY =
            "SELECT id, display_name, country, origin, initial_domain, created_by, " + "created_at FROM directories";
    private static final String DOMAIN = "SELECT name, directory_id, initial_key, verified FROM domains";
    private static final RowMapper<Directory> DIRECTORY_ROW = (rs, ctx) -> new Directory(
            directory(rs, "id"),
            rs.getString("display_name"),
            rs.getString("country"),
            enumValue(rs, "origin", Directory.DirectoryOrigin.class),
            rs.getString("initial_domain"),
            identity(rs, "created_by"),
            instant(rs, "created_at"));
    private static final RowMapper<Domain> DOMAIN_ROW = (rs, ctx) -> new Domain(
            rs.getString("name"),
            directory(rs, "directory_id"),
            rs.getString("initial_key") != null,
            rs.getBoolean("verified"));

    private final JdbiTransactions db;

    public JdbiDirectories(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Directory d) {
        db.inTransaction(() -> {
            if (!domainsNamed(d.initialDomain()).isEmpty()) {
                throw new IllegalStateException("duplicate directory " + d.initialDomain());
            }
            db.useHandle(h -> h.createUpdate("INSERT INTO directories (id, display_name, country, origin, "
                            + "initial_domain, created_by, created_at) VALUES (:id, :name, :country, :origin, :domain, "
                            + ":by, :at)")
                    .bind("id", d.id().value())
                    .bind("name", d.displayName())
                    .bind("country", d.country())
                    .bind("origin", d.origin().name())
                    .bind("domain", d.initialDomain())
                    .bind("by", identity(d.createdBy()))
                    .bind("at", d.createdAt())
                    .execute());
            insertDomain(new Domain(d.initialDomain(), d.id(), true, true));
            return null;
        });
    }

    @Override
    public Optional<Directory> byId(DirectoryId id) {
        return db.withHandle(h -> h.createQuery(DIRECTORY + " WHERE id = :id")
                .bind("id", id.value())
                .map(DIRECTORY_ROW)
                .findOne());
    }

    @Override
    public Map<DirectoryId, Directory> byIds(Collection<DirectoryId> ids) {
        List<UUID> wanted = ids.stream().map(DirectoryId::value).distinct().toList();
        Map<DirectoryId, Directory> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += dev.cerulean.store.Columns.ARRAY_MAX) {
            List<UUID> chunk =
                    wanted.subList(from, Math.min(wanted.size(), from + dev.cerulean.store.Columns.ARRAY_MAX));
            db.withHandle(h -> h.createQuery(DIRECTORY + " WHERE id = ANY(:ids)")
                            .bindArray("ids", UUID.class, chunk)
                            .map(DIRECTORY_ROW)
                            .list())
                    .forEach(d -> found.put(d.id(), d));
        }
        return found;
    }

    @Override
    public Optional<Directory> byIdForUpdate(DirectoryId id) {
        return db.withHandle(h -> h.createQuery(DIRECTORY + " WHERE id = :id FOR UPDATE")
                .bind("id", id.value())
                .map(DIRECTORY_ROW)
                .findOne());
    }

    @Override
    public List<Directory> all() {
        return db.withHandle(h -> h.createQuery(DIRECTORY + " ORDER BY created_at, id")
                .map(DIRECTORY_ROW)
                .list());
    }

    @Override
    public List<Directory> createdBy(Identity creator) {
        return db.withHandle(h -> h.createQuery(DIRECTORY + " WHERE created_by = :by ORDER BY id")
                .bind("by", identity(creator))
                .map(DIRECTORY_ROW)
                .list());
    }

    @Override
    public int countCreatedBy(Identity creator) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM directories WHERE created_by = :by")
                .bind("by", identity(creator))
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void addDomain(Domain domain) {
        insertDomain(domain);
    }

    private void insertDomain(Domain domain) {
        db.useHandle(h -> h.createUpdate("INSERT INTO domains (directory_id, name, name_key, initial_key, verified) "
                        + "VALUES (:directory, :name, :key, :initial, :verified)")
                .bind("directory", domain.directory().value())
                .bind("name", domain.name())
                .bind("key", key(domain.name()))
                .bind("initial", domain.initial() ? key(domain.name()) : null)
                .bind("verified", domain.verified())
                .execute());
    }

    @Override
    public void updateDomain(Domain domain) {
        db.useHandle(
                h -> h.createUpdate("UPDATE domains SET name = :name, initial_key = :initial, verified = :verified "
                                + "WHERE directory_id = :directory AND name_key = :key")
                        .bind("directory", domain.directory().value())
                        .bind("name", domain.name())
                        .bind("key", key(domain.name()))
                        .bind("initial", domain.initial() ? key(domain.name()) : null)
                        .bind("verified", domain.verified())
                        .execute());
    }

    @Override
    public List<Domain> domainsNamed(String name) {
        return db.withHandle(h -> h.createQuery(DOMAIN + " WHERE name_key = :key ORDER BY seq")
                .bind("key", key(name))
                .map(DOMAIN_ROW)
                .list());
    }

    @Override
    public List<Domain> domainsOf(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery(DOMAIN + " WHERE directory_id = :directory ORDER BY seq")
                .bind("directory", directory.value())
                .map(DOMAIN_ROW)
                .list());
    }
}
