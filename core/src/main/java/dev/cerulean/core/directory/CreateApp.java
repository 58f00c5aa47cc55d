package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.Transactions;
import java.util.List;

/**
 * Registers an app with its Microsoft Graph application roles and a first client secret, all or
 * nothing: a refusal of any step (an unknown Graph role, a caller who may not register apps)
 * leaves no half-made app behind.
 */
public final class CreateApp {
    private final Transactions transactions;
    private final RegisterApp register;
    private final GrantGraphAppRole grant;
    private final AddClientSecret addSecret;

    /** Carries a step's refusal out of the transaction, so that the steps before it roll back. */
    private static final class Refused extends RuntimeException {
        final Outcome.Rejected<?> refusal;

        Refused(Outcome.Rejected<?> refusal) {
            super(refusal.code().name(), null, false, false);
            this.refusal = refusal;
        }
    }

    public CreateApp(
            Transactions transactions, RegisterApp register, GrantGraphAppRole grant, AddClientSecret addSecret) {
        this.transactions = transactions;
        this.register = register;
        this.grant = grant;
        this.addSecret = addSecret;
    }

    /** The new app's secret (shown once), the app as it ends up (with its roles) inside. */
    public Outcome<AddClientSecret.NewSecret> create(
            Caller caller,
            DirectoryId directory,
            String displayName,
            List<String> graphRoles,
            AddClientSecret.Lifetime lifetime) {
        try {
            return transactions.attempt(() -> {
                AppRegistration app = step(register.register(caller, directory, displayName));
                for (String role : graphRoles) app = step(grant.grant(caller, app.clientId(), role));
                return Outcome.ok(step(addSecret.add(caller, app.clientId(), lifetime)));
            });
        } catch (Refused r) {
            return r.refusal.retyped();
        }
    }

    private static <T> T step(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Ok<T> ok) return ok.value();
        throw new Refused((Outcome.Rejected<?>) outcome);
    }
}
