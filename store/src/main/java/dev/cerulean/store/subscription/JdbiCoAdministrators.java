package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.subscription;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiCoAdministrators implements CoAdministrators {
    private static final RowMapper<CoAdministrator> ROW = (rs, ctx) -> {
        String email = rs.getString("email");
        return new CoAdministrator(
                subscription(rs, "subscription_id"),
                new ClassicAdministrator(identity(rs, "person"), email == null ? null : new Email(email)),
                instant(rs, "added_at"));
    };

    private final JdbiTransactions db;

    public JdbiCoAdministrators(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(CoAdministrator c) {
        Email email = c.administrator().email();
        db.useHandle(h -> h.createUpdate("INSERT INTO co_administrators (subscription_id, person, email, added_at) "
                        + "VALUES (:subscription, :person, :email, :at)")
                .bind("subscription", c.subscription().value())
                .bind("person", identity(c.administrator().who()))
                .bind("email", email == null ? null : email.value())
                .bind("at", c.addedAt())
                .execute());
    }

    @Override
    public void remove(SubscriptionId subscription, Identity who) {
        db.useHandle(h -> h.createUpdate(
                        "DELETE FROM co_administrators WHERE subscription_id = :subscription " + "AND person = :person")
                .bind("subscription", subscription.value())
                .bind("person", identity(who))
                .execute());
    }

    @Override
    public void removeAll(SubscriptionId subscription) {
        db.useHandle(h -> h.createUpdate("DELETE FROM co_administrators WHERE subscription_id = :subscription")
                .bind("subscription", subscription.value())
                .execute());
    }

    @Override
    public List<CoAdministrator> of(SubscriptionId subscription) {
        return db.withHandle(
                h -> h.createQuery("SELECT subscription_id, person, email, added_at FROM co_administrators "
                                + "WHERE subscription_id = :subscription ORDER BY seq")
                        .bind("subscription", subscription.value())
                        .map(ROW)
                        .list());
    }

    @Override
    public java.util.Map<SubscriptionId, List<CoAdministrator>> ofAll(
            java.util.Collection<SubscriptionId> subscriptions) {
        java.util.Map<SubscriptionId, List<CoAdministrator>> out = new java.util.LinkedHashMap<>();
        if (subscriptions.isEmpty()) return out;
        db.withHandle(h -> h.createQuery("SELECT subscription_id, person, email, added_at FROM co_administrators "
                                + "WHERE subscription_id = ANY(:subscriptions) ORDER BY seq")
                        .bindArray(
                                "subscriptions",
                                java.util.UUID.class,
                                subscriptions.stream()
                                        .map(SubscriptionId::value)
                                        .toList())
                        .map(ROW)
                        .list())
                .forEach(c -> out.computeIfAbsent(c.subscription(), k -> new java.util.ArrayList<>())
                        .add(c));
        return out;
    }

    @Override
    public List<SubscriptionId> subscriptionsOf(Identity who) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT subscription_id FROM co_administrators WHERE person = :person " + "ORDER BY seq")
                .bind("person", identity(who))
                .map((rs, ctx) -> subscription(rs, "subscription_id"))
                .list());
    }
}
