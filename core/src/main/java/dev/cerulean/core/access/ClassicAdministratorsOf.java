package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A subscription's classic administrators as ARM lists them: the service and the account
 * administrator (one entry when they are the same person), then the co-administrators by email.
 * The caller needs {@value #ACTION} on the subscription.
 */
public final class ClassicAdministratorsOf {
    public static final String ACTION = "Microsoft.Authorization/classicAdministrators/read";

    /** One administrator and the roles it holds, e.g. {@code ServiceAdministrator;AccountAdministrator}. */
    public record Entry(ClassicAdministrator administrator, String roles) {}

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final Authorize authorize;
    private final CoAdministrators coAdministrators;

    public ClassicAdministratorsOf(
            Transactions transactions,
            Subscriptions subscriptions,
            Authorize authorize,
            CoAdministrators coAdministrators) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.authorize = authorize;
        this.coAdministrators = coAdministrators;
    }

    public Outcome<List<Entry>> list(Caller caller, SubscriptionId id) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.byId(id);
            if (found.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
            Subscription s = found.get();
            Scope scope = Scope.subscription(s.id());
            if (!authorize
                    .accessOf(List.of(s))
                    .get(0)
                    .decide(caller, ACTION, scope)
                    .allowed()) {
                return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
            }
            List<Entry> out = new ArrayList<>();
            ClassicAdministrator service = s.serviceAdministrator();
            ClassicAdministrator account = s.accountAdministrator();
            if (service.who().equals(account.who())) {
                out.add(new Entry(service, "ServiceAdministrator;AccountAdministrator"));
            } else {
                out.add(new Entry(service, "ServiceAdministrator"));
                out.add(new Entry(account, "AccountAdministrator"));
            }
            coAdministrators.of(s.id()).stream()
                    .sorted(Comparator.comparing(c -> c.administrator().email().value()))
                    .forEach(c -> out.add(new Entry(c.administrator(), "CoAdministrator")));
            return Outcome.ok(out);
        });
    }
}
