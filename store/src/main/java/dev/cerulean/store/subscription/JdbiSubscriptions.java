package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.literal;
import static dev.cerulean.store.Columns.subscription;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import dev.cerulean.store.JdbiTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/** Subscriptions with optimistic concurrency: every write of a row moves its version by one. */
public final class JdbiSubscriptions implements Subscriptions {
    private static final String SUBSCRIPTION = "SELECT id, display_name, offer, state, directory_id, account_admin, "
            + "account_admin_email, service_admin, service_admin_email, service_admin_lost_access, version "
            + "FROM subscriptions";
    private static final String ORDER = " ORDER BY display_name, id";
    static final RowMapper<Subscription> ROW = (rs, ctx) -> new Subscription(
            subscription(rs, "id"),
            rs.getString("display_name"),
            new Offer(rs.getString("offer")),
            enumValue(rs, "state", Subscription.SubscriptionState.class),
            directory(rs, "directory_id"),
            administrator(rs, "account_admin"),
            administrator(rs, "service_admin"),
            rs.getBoolean("service_admin_lost_access"),
            rs.getLong("version"));

    private final JdbiTransactions db;
    private final SubscriptionsWithAnyRole withAnyRole;

    public JdbiSubscriptions(JdbiTransactions db) {
        this.db = db;
        this.withAnyRole = new SubscriptionsWithAnyRole(db);
    }

    private static ClassicAdministrator administrator(ResultSet rs, String column) throws SQLException {
        String email = rs.getString(column + "_email");
        if (rs.getString(column) == null) return null;
        return new ClassicAdministrator(identity(rs, column), email == null ? null : new Email(email));
    }

    private static final String INSERT = "INSERT INTO subscriptions (id, display_name, offer, state, "
            + "directory_id, account_admin, account_admin_email, service_admin, service_admin_email, "
            + "service_admin_lost_access, version) VALUES (:id, :name, :offer, :state, :directory, :accountAdmin, "
            + ":accountAdminEmail, :serviceAdmin, :serviceAdminEmail, :lostAccess, :version)";

    @Override
    public void add(Subscription s) {
        db.useHandle(h -> bindFields(h.createUpdate(INSERT), s).execute());
    }

    /** One JDBC batch. */
    @Override
    public void addAll(List<Subscription> subscriptions) {
        if (subscriptions.isEmpty()) return;
        db.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (Subscription s : subscriptions) bindFields(batch, s).add();
            batch.execute();
        });
    }

    @Override
    public Optional<Subscription> byId(SubscriptionId id) {
        return db.withHandle(h -> h.createQuery(SUBSCRIPTION + " WHERE id = :id")
                .bind("id", id.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public Optional<Subscription> byIdForUpdate(SubscriptionId id) {
        return db.withHandle(h -> h.createQuery(SUBSCRIPTION + " WHERE id = :id FOR UPDATE")
                .bind("id", id.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public List<Subscription> all() {
        return db.withHandle(h -> h.createQuery(SUBSCRIPTION + ORDER).map(ROW).list());
    }

    @Override
    public List<Subscription> inDirectory(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery(SUBSCRIPTION + " WHERE directory_id = :directory" + ORDER)
                .bind("directory", directory.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<Subscription> withAccountAdministrator(dev.cerulean.core.account.Identity person) {
        return db.withHandle(h -> h.createQuery(SUBSCRIPTION + " WHERE account_admin = :person" + ORDER)
                .bind("person", identity(person))
                .map(ROW)
                .list());
    }

    @Override
    public List<Subscription> withServiceAdministrator(dev.cerulean.core.account.Identity person) {
        return db.withHandle(h -> h.createQuery(SUBSCRIPTION + " WHERE service_admin = :person" + ORDER)
                .bind("person", identity(person))
                .map(ROW)
                .list());
    }

    /**
     * One conditional UPDATE: under READ COMMITTED a concurrent writer of the same row waits for
     * the first one and then re-checks the version, so exactly one of them changes the row.
     */
    @Override
    public boolean update(Subscription changed) {
        return db.withHandle(h -> bindFields(
                                h.createUpdate("UPDATE subscriptions SET display_name = :name, "
                                        + "offer = :offer, state = :state, directory_id = :directory, account_admin = :accountAdmin, "
                                        + "account_admin_email = :accountAdminEmail, service_admin = :serviceAdmin, "
                                        + "service_admin_email = :serviceAdminEmail, service_admin_lost_access = :lostAccess, "
                                        + "version = version + 1 WHERE id = :id AND version = :version"),
                                changed)
                        .execute())
                == 1;
    }

    @Override
    public void touch(SubscriptionId id) {
        db.useHandle(h -> h.createUpdate("UPDATE subscriptions SET version = version + 1 WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, Subscription s) {
        ClassicAdministrator account = s.accountAdministrator();
        ClassicAdministrator service = s.serviceAdministrator();
        return statement
                .bind("id", s.id().value())
                .bind("name", s.displayName())
                .bind("offer", s.offer().id())
                .bind("state", s.state().name())
                .bind("directory", s.directory().value())
                .bind("accountAdmin", account == null ? null : identity(account.who()))
                .bind(
                        "accountAdminEmail",
                        account == null || account.email() == null
                                ? null
                                : account.email().value())
                .bind("serviceAdmin", service == null ? null : identity(service.who()))
                .bind(
                        "serviceAdminEmail",
                        service == null || service.email() == null
                                ? null
                                : service.email().value())
                .bind("lostAccess", s.serviceAdministratorLostAccess())
                .bind("version", s.version());
    }

    /**
     * The directory's live subscriptions the person serves (not having lost access) or
     * co-administers, whose name or id contains the search (its wildcards escaped with '!').
     */
    private static final String ADMINISTERED = " FROM subscriptions WHERE directory_id = :directory"
            + " AND state <> :deleted AND ((service_admin = :person AND service_admin_lost_access = FALSE)"
            + " OR id IN (SELECT subscription_id FROM co_administrators WHERE person = :person))"
            + " AND (:needle = '' OR LOWER(display_name) LIKE :pattern ESCAPE '!'"
            + " OR CAST(id AS VARCHAR(36)) LIKE :pattern ESCAPE '!')";

    @Override
    public List<Subscription> administeredIn(
            DirectoryId directory, Identity person, String search, int offset, int limit) {
        return page(ADMINISTERED, q -> searched(q.bind("directory", directory.value()), person, search), offset, limit);
    }

    @Override
    public int countAdministeredIn(DirectoryId directory, Identity person, String search) {
        return count(ADMINISTERED, q -> searched(q.bind("directory", directory.value()), person, search));
    }

    @Override
    public List<WithRole> withAnyRole(RoleHolder holder, String search, int offset, int limit) {
        return withAnyRole.page(holder, search, offset, limit);
    }

    @Override
    public int countWithAnyRole(RoleHolder holder, String search) {
        return withAnyRole.count(holder, search);
    }

    /** The live subscriptions the person is account administrator of, whose name or id contains the search. */
    private static final String ACCOUNT_ADMINISTERED = " FROM subscriptions WHERE account_admin = :person"
            + " AND state <> :deleted"
            + " AND (:needle = '' OR LOWER(display_name) LIKE :pattern ESCAPE '!'"
            + " OR CAST(id AS VARCHAR(36)) LIKE :pattern ESCAPE '!')";

    @Override
    public List<Subscription> withAccountAdministrator(Identity person, String search, int offset, int limit) {
        return page(ACCOUNT_ADMINISTERED, q -> searched(q, person, search), offset, limit);
    }

    @Override
    public int countWithAccountAdministrator(Identity person, String search) {
        return count(ACCOUNT_ADMINISTERED, q -> searched(q, person, search));
    }

    /** A page of the subscriptions {@code from} (a FROM and WHERE clause) names, by name whatever its case, then id. */
    private List<Subscription> page(String from, UnaryOperator<Query> bind, int offset, int limit) {
        return db.withHandle(h -> bind.apply(h.createQuery(SUBSCRIPTION.substring(0, SUBSCRIPTION.indexOf(" FROM"))
                        + from + " ORDER BY LOWER(display_name), id LIMIT :limit OFFSET :offset"))
                .bind("limit", limit)
                .bind("offset", offset)
                .map(ROW)
                .list());
    }

    private int count(String from, UnaryOperator<Query> bind) {
        return db.withHandle(h -> bind.apply(h.createQuery("SELECT COUNT(*)" + from))
                .mapTo(Integer.class)
                .one());
    }

    /** The person, the search (blank for none, matched in lower case as a literal) and the state left out. */
    private static Query searched(Query query, Identity person, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return query.bind("deleted", Subscription.SubscriptionState.Deleted.name())
                .bind("person", identity(person))
                .bind("needle", needle)
                .bind("pattern", "%" + literal(needle) + "%");
    }
}
