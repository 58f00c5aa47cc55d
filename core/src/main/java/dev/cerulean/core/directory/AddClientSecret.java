package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds a client secret to an application. The secret is generated here and returned exactly
 * once; only its hash and a three-character hint are stored, so it can never be shown again.
 * Done by an application administrator of the app's directory, one of the app's owners, or an
 * application granted Application.ReadWrite.All or Directory.ReadWrite.All there
 * ({@link DirectoryAuthority#mayManage}).
 */
public final class AddClientSecret {
    /** The choices of the 2017 portal's "Keys" blade; "never" is Azure's 2299-12-31. */
    public enum Lifetime {
        ONE_YEAR,
        TWO_YEARS,
        NEVER;

        Instant expiry(Instant now) {
            return switch (this) {
                case ONE_YEAR -> now.plus(Duration.ofDays(365));
                case TWO_YEARS -> now.plus(Duration.ofDays(730));
                case NEVER -> Instant.parse("2299-12-31T00:00:00Z");
            };
        }
    }

    /** The stored secret and, this once, its value. */
    public record NewSecret(AppRegistration app, ClientSecret stored, String value) {
        @Override
        public String toString() {
            return "NewSecret[" + app.clientId() + ", " + stored.keyId() + ", value redacted]";
        }
    }

    public static final int HINT_LENGTH = 3;

    private final Transactions transactions;
    private final AppRegistrations apps;
    private final DirectoryAuthority authority;
    private final PasswordHasher hasher;
    private final SecretSource secrets;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public AddClientSecret(
            Transactions transactions,
            DirectoryUsers users,
            DirectoryRoles roles,
            AppRegistrations apps,
            PasswordHasher hasher,
            SecretSource secrets,
            Clock clock,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.apps = apps;
        this.authority = new DirectoryAuthority(users, roles, apps);
        this.hasher = hasher;
        this.secrets = secrets;
        this.clock = clock;
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<NewSecret> add(Caller caller, UUID clientId, Lifetime lifetime) {
        Lifetime chosen = lifetime == null ? Lifetime.TWO_YEARS : lifetime;
        return addExpiring(caller, clientId, chosen::expiry);
    }

    /** A secret expiring at {@code expiry(now)} (Graph's addPassword may name its own end time). */
    public Outcome<NewSecret> addExpiring(
            Caller caller, UUID clientId, java.util.function.UnaryOperator<Instant> expiry) {
        return transactions.inTransaction(() -> {
            Optional<AppRegistration> found = clientId == null ? Optional.empty() : apps.byClientId(clientId);
            if (found.isEmpty()) return Outcome.rejected(RuleCode.AppNotFound, String.valueOf(clientId));
            AppRegistration app = found.get();
            if (!authority.mayManage(caller, app)) {
                return Outcome.rejected(
                        RuleCode.NotApplicationOwnerOrAdministrator,
                        caller == null ? "anonymous" : caller.displayName(),
                        app.directory());
            }
            String value = secrets.newSecret();
            ClientSecret stored = new ClientSecret(
                    ids.newId(), value.substring(0, HINT_LENGTH), hasher.hash(value), expiry.apply(clock.instant()));
            List<ClientSecret> all = new ArrayList<>(app.secrets());
            all.add(stored);
            AppRegistration updated = app.withSecrets(all);
            apps.update(updated);
            activity.succeeded(
                    caller,
                    DirectoryOperations.ADD_CLIENT_SECRET,
                    app.clientId().toString(),
                    "Client secret " + stored.keyId() + " added",
                    null,
                    app.directory());
            return Outcome.ok(new NewSecret(updated, stored, value));
        });
    }
}
