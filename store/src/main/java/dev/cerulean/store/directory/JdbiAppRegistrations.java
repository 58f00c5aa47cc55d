package dev.cerulean.store.directory;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.object;
import static dev.cerulean.store.Columns.uuid;

import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.store.Columns;
import dev.cerulean.store.JdbiTransactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Apps with their secrets, Graph application roles and owners, kept in child tables in list order. */
public final class JdbiAppRegistrations implements AppRegistrations {
    private final JdbiTransactions db;

    public JdbiAppRegistrations(JdbiTransactions db) {
        this.db = db;
    }

    private record Row(
            UUID clientId,
            DirectoryId directory,
            ObjectId servicePrincipal,
            String displayName,
            ObjectId objectId,
            AppRegistration.GroupClaims groupClaims) {}

    private record Child<T>(UUID clientId, T value) {}

    @Override
    public void add(AppRegistration app) {
        db.inTransaction(() -> {
            db.useHandle(h -> {
                h.createUpdate(
                                "INSERT INTO app_registrations (client_id, directory_id, service_principal, display_name, "
                                        + "display_name_key, object_id, version, group_claims) VALUES "
                                        + "(:id, :directory, :sp, :name, :nameKey, :object, :version, :groupClaims)")
                        .bind("groupClaims", app.groupClaims().name())
                        .bind("id", app.clientId())
                        .bind("directory", app.directory().value())
                        .bind("sp", servicePrincipal(app))
                        .bind("name", app.displayName())
                        .bind("nameKey", Columns.key(app.displayName()))
                        .bind("object", app.objectId().value())
                        // a random start: an app removed and registered again must not look unchanged
                        .bind("version", ThreadLocalRandom.current().nextLong(Long.MAX_VALUE / 2))
                        .execute();
                insertChildren(h, app);
            });
            return null;
        });
    }

    @Override
    public void update(AppRegistration app) {
        db.inTransaction(() -> {
            db.useHandle(h -> {
                int changed = h.createUpdate("UPDATE app_registrations SET directory_id = :directory, "
                                + "service_principal = :sp, display_name = :name, display_name_key = :nameKey, object_id = :object, "
                                + "group_claims = :groupClaims, version = version + 1 WHERE client_id = :id")
                        .bind("groupClaims", app.groupClaims().name())
                        .bind("id", app.clientId())
                        .bind("directory", app.directory().value())
                        .bind("sp", servicePrincipal(app))
                        .bind("name", app.displayName())
                        .bind("nameKey", Columns.key(app.displayName()))
                        .bind("object", app.objectId().value())
                        .execute();
                if (changed == 0) return;
                h.createUpdate("DELETE FROM app_client_secrets WHERE client_id = :id")
                        .bind("id", app.clientId())
                        .execute();
                h.createUpdate("DELETE FROM app_graph_roles WHERE client_id = :id")
                        .bind("id", app.clientId())
                        .execute();
                h.createUpdate("DELETE FROM app_owners WHERE client_id = :id")
                        .bind("id", app.clientId())
                        .execute();
                insertChildren(h, app);
            });
            return null;
        });
    }

    @Override
    public void remove(UUID clientId) {
        // the child tables' rows go with it (ON DELETE CASCADE)
        db.useHandle(h -> h.createUpdate("DELETE FROM app_registrations WHERE client_id = :id")
                .bind("id", clientId)
                .execute());
    }

    private static UUID servicePrincipal(AppRegistration app) {
        return app.hasServicePrincipal() ? app.servicePrincipal().value() : null;
    }

    private static void insertChildren(Handle h, AppRegistration app) {
        if (!app.secrets().isEmpty()) {
            PreparedBatch batch = h.prepareBatch("INSERT INTO app_client_secrets (client_id, pos, key_id, hint, hash, "
                    + "expires_at) VALUES (:id, :pos, :key, :hint, :hash, :expires)");
            int pos = 0;
            for (ClientSecret s : app.secrets()) {
                batch.bind("id", app.clientId())
                        .bind("pos", pos++)
                        .bind("key", s.keyId())
                        .bind("hint", s.hint())
                        .bind("hash", s.hash().encoded())
                        .bind("expires", s.expiresAt())
                        .add();
            }
            batch.execute();
        }
        if (!app.graphAppRoles().isEmpty()) {
            PreparedBatch batch =
                    h.prepareBatch("INSERT INTO app_graph_roles (client_id, pos, role) VALUES (:id, :pos, :role)");
            int pos = 0;
            for (String role : app.graphAppRoles()) {
                batch.bind("id", app.clientId())
                        .bind("pos", pos++)
                        .bind("role", role)
                        .add();
            }
            batch.execute();
        }
        if (!app.owners().isEmpty()) {
            PreparedBatch batch =
                    h.prepareBatch("INSERT INTO app_owners (client_id, pos, owner_id) VALUES (:id, :pos, :owner)");
            int pos = 0;
            for (ObjectId owner : app.owners()) {
                batch.bind("id", app.clientId())
                        .bind("pos", pos++)
                        .bind("owner", owner.value())
                        .add();
            }
            batch.execute();
        }
    }

    @Override
    public Optional<AppRegistration> byClientId(UUID clientId) {
        return load("client_id = :id", Map.of("id", clientId)).stream().findFirst();
    }

    @Override
    public Optional<AppRegistration> byServicePrincipal(DirectoryId directory, ObjectId servicePrincipal) {
        return load(
                        "directory_id = :directory AND service_principal = :sp",
                        Map.of("directory", directory.value(), "sp", servicePrincipal.value()))
                .stream()
                .findFirst();
    }

    @Override
    public OptionalLong version(UUID clientId) {
        return db.withHandle(h -> h.createQuery("SELECT version FROM app_registrations WHERE client_id = :id")
                .bind("id", clientId)
                .mapTo(Long.class)
                .findOne()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty()));
    }

    @Override
    public Optional<AppRegistration> byObjectId(DirectoryId directory, ObjectId objectId) {
        return load(
                        "directory_id = :directory AND object_id = :object",
                        Map.of("directory", directory.value(), "object", objectId.value()))
                .stream()
                .findFirst();
    }

    @Override
    public List<AppRegistration> inDirectory(DirectoryId directory) {
        return load("directory_id = :directory", Map.of("directory", directory.value()));
    }

    @Override
    public List<AppRegistration> page(DirectoryId directory, AppFilter filter, int offset, int limit) {
        Map<String, Object> args = new java.util.HashMap<>(filtered(directory, filter));
        args.put("offset", offset);
        args.put("limit", limit);
        return load(where(filter), args, "display_name_key, client_id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
    }

    @Override
    public int count(DirectoryId directory, AppFilter filter) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_registrations WHERE " + where(filter))
                .bindMap(filtered(directory, filter))
                .mapTo(Integer.class)
                .one());
    }

    /**
     * The filter's condition: the directory, a service principal when only those are wanted, and a
     * client id or the lower-case name key equal to the value (an appId that is no GUID matches none).
     */
    private static String where(AppFilter f) {
        String where = "directory_id = :directory";
        if (f.servicePrincipalsOnly()) where += " AND service_principal IS NOT NULL";
        if (f.property() == AppFilter.Property.displayName) where += " AND display_name_key = :value";
        if (f.property() == AppFilter.Property.appId)
            where += Guid.parse(f.value()).isPresent() ? " AND client_id = :value" : " AND 1 = 0";
        return where;
    }

    private static Map<String, Object> filtered(DirectoryId directory, AppFilter f) {
        Map<String, Object> args = new java.util.HashMap<>();
        args.put("directory", directory.value());
        if (f.property() == AppFilter.Property.displayName) args.put("value", Columns.key(f.value()));
        if (f.property() == AppFilter.Property.appId) Guid.parse(f.value()).ifPresent(id -> args.put("value", id));
        return args;
    }

    private List<AppRegistration> load(String where, Map<String, Object> args) {
        return load(where, args, "display_name, client_id");
    }

    /**
     * The apps matching {@code where} in {@code order} (which may end with a page's bounds), with
     * their children fetched by three queries for all of them.
     */
    private List<AppRegistration> load(String where, Map<String, Object> args, String order) {
        return db.withHandle(h -> {
            List<Row> rows = h.createQuery(
                            "SELECT client_id, directory_id, service_principal, display_name, object_id, "
                                    + "group_claims FROM app_registrations WHERE " + where
                                    + " ORDER BY " + order)
                    .bindMap(args)
                    .map((rs, ctx) -> new Row(
                            uuid(rs, "client_id"),
                            directory(rs, "directory_id"),
                            object(rs, "service_principal"),
                            rs.getString("display_name"),
                            object(rs, "object_id"),
                            AppRegistration.GroupClaims.valueOf(rs.getString("group_claims"))))
                    .list();
            if (rows.isEmpty()) return List.of();
            Map<UUID, List<ClientSecret>> secrets = new LinkedHashMap<>();
            Map<UUID, List<String>> roles = new LinkedHashMap<>();
            Map<UUID, List<ObjectId>> owners = new LinkedHashMap<>();
            // the children of exactly these rows (a page's, not every app the condition names)
            String owned = " WHERE client_id = ANY(:apps) ORDER BY client_id, pos";
            List<UUID> apps = rows.stream().map(Row::clientId).toList();
            h.createQuery("SELECT client_id, key_id, hint, hash, expires_at FROM app_client_secrets" + owned)
                    .bindArray("apps", UUID.class, apps)
                    .map((rs, ctx) -> new Child<>(
                            uuid(rs, "client_id"),
                            new ClientSecret(
                                    uuid(rs, "key_id"),
                                    rs.getString("hint"),
                                    new PasswordHash(rs.getString("hash")),
                                    instant(rs, "expires_at"))))
                    .forEach(c -> secrets.computeIfAbsent(c.clientId(), k -> new ArrayList<>())
                            .add(c.value()));
            h.createQuery("SELECT client_id, role FROM app_graph_roles" + owned)
                    .bindArray("apps", UUID.class, apps)
                    .map((rs, ctx) -> new Child<>(uuid(rs, "client_id"), rs.getString("role")))
                    .forEach(c -> roles.computeIfAbsent(c.clientId(), k -> new ArrayList<>())
                            .add(c.value()));
            h.createQuery("SELECT client_id, owner_id FROM app_owners" + owned)
                    .bindArray("apps", UUID.class, apps)
                    .map((rs, ctx) -> new Child<>(uuid(rs, "client_id"), object(rs, "owner_id")))
                    .forEach(c -> owners.computeIfAbsent(c.clientId(), k -> new ArrayList<>())
                            .add(c.value()));
            return rows.stream()
                    .map(r -> new AppRegistration(
                            r.clientId(),
                            r.directory(),
                            r.servicePrincipal(),
                            r.displayName(),
                            secrets.getOrDefault(r.clientId(), List.of()),
                            roles.getOrDefault(r.clientId(), List.of()),
                            r.objectId(),
                            owners.getOrDefault(r.clientId(), List.of()),
                            r.groupClaims()))
                    .toList();
        });
    }
}
