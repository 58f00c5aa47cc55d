package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.SecretSource;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import dev.cerulean.core.token.TokenHash;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may get a managed identity's tokens, as Azure's hosting environments decide it: a grant
 * binds a secret (the environment's {@code IDENTITY_HEADER}) to identities, and the token
 * endpoint serves the holder of the secret those identities only. Granting an identity needs what
 * Azure needs to attach it to a resource: {@code Microsoft.ManagedIdentity/userAssignedIdentities/assign/action}
 * on a user-assigned identity (Managed Identity Operator, Contributor, Owner), {@code <type>/write}
 * on a resource for its system-assigned one.
 *
 * <p>A grant belongs to no subscription (its identities may be of several), so making one neither
 * locks a subscription row nor moves its version; what it serves is decided when a token is asked
 * for: the identity must still exist, be enabled and belong to its subscription's directory, so a
 * directory change or a deletion ends what a grant serves without touching the grant.
 */
public final class ManagedIdentityTokens {
    public static final String ASSIGN = Resource.USER_ASSIGNED_IDENTITY + "/assign/action";

    /** Which identity of a grant a token request asks for; all null: the grant's first. */
    public record Selector(UUID clientId, ObjectId principalId, ResourceId resourceId) {
        public static final Selector DEFAULT = new Selector(null, null, null);

        boolean matches(Resource r) {
            if (clientId != null) return r.identity().clientId().equals(clientId);
            if (principalId != null) return r.identity().principalId().equals(principalId);
            if (resourceId != null) return r.id().equals(resourceId);
            return true;
        }

        @Override
        public String toString() {
            if (clientId != null) return "with client id " + clientId;
            if (principalId != null) return "with principal id " + principalId;
            if (resourceId != null) return String.valueOf(resourceId);
            return "(the default one)";
        }
    }

    /** The identity a token is for: its resource (its id is {@code xms_mirid}) and identity. */
    public record Served(Resource resource, Resource.ManagedIdentity identity) {}

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final Resources resources;
    private final IdentityEndpointGrants grants;
    private final Authorize authorize;
    private final SecretSource secrets;
    private final Clock clock;

    public ManagedIdentityTokens(
            Transactions transactions,
            Subscriptions subscriptions,
            Resources resources,
            IdentityEndpointGrants grants,
            Authorize authorize,
            SecretSource secrets,
            Clock clock) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.resources = resources;
        this.grants = grants;
        this.authorize = authorize;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * A new secret for the identities of {@code identities} (resource ids of user-assigned identities
     * or of resources with a system-assigned one or attached user-assigned ones, which come with
     * it; the first is the default). The secret is answered once; only its hash is kept.
     */
    public Outcome<String> grant(Caller caller, List<ResourceId> identities) {
        if (identities.isEmpty()) return Outcome.rejected(RuleCode.ManagedIdentityNotFound, "(none named)");
        return transactions.inTransaction(() -> {
            List<ObjectId> principals = new ArrayList<>();
            for (ResourceId id : identities) {
                Optional<Resource> found = resources.byId(id);
                if (found.isEmpty()
                        || (found.get().identity() == null
                                && found.get().userAssignedIdentities().isEmpty())) {
                    return Outcome.rejected(RuleCode.ManagedIdentityNotFound, id);
                }
                Resource r = found.get();
                String action = r.isUserAssignedIdentity() ? ASSIGN : r.id().type() + "/write";
                if (!authorize.decide(caller, action, Scope.of(r.id())).allowed()) {
                    return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, r.id());
                }
                if (r.identity() != null) {
                    Outcome<Void> usable = usable(r);
                    if (!usable.isOk()) return usable.map(v -> null);
                    if (!principals.contains(r.identity().principalId()))
                        principals.add(r.identity().principalId());
                }
                // what runs on a resource gets the identities attached to it too, as Azure's hosts give them
                for (ResourceId attached : r.userAssignedIdentities()) {
                    Optional<Resource> uai = resources.byId(attached).filter(Resource::isUserAssignedIdentity);
                    if (uai.isEmpty() || !usable(uai.get()).isOk()) continue;
                    if (!principals.contains(uai.get().identity().principalId()))
                        principals.add(uai.get().identity().principalId());
                }
            }
            String secret = secrets.newSecret();
            grants.add(new IdentityEndpointGrant(TokenHash.of(secret), principals, clock.instant()));
            return Outcome.ok(secret);
        });
    }

    /**
     * The identity the holder of {@code secret} asks a token for. Refused when the secret grants
     * nothing ({@code IdentityEndpointSecretInvalid}), when no identity of the grant matches, or it
     * was deleted ({@code ManagedIdentityNotFound}), and when it is disabled or its subscription has
     * moved to another directory since ({@code ManagedIdentityUnavailable}).
     */
    public Outcome<Served> resolve(String secret, Selector selector) {
        if (secret == null || secret.isEmpty()) return Outcome.rejected(RuleCode.IdentityEndpointSecretInvalid);
        return transactions.inTransaction(() -> {
            Optional<IdentityEndpointGrant> grant = grants.bySecretHash(TokenHash.of(secret));
            if (grant.isEmpty()) return Outcome.rejected(RuleCode.IdentityEndpointSecretInvalid);
            for (ObjectId principal : grant.get().principals()) {
                Optional<Resource> r = resources.byPrincipal(principal);
                if (r.isEmpty() || !selector.matches(r.get())) continue;
                Outcome<Void> usable = usable(r.get());
                if (!usable.isOk()) return usable.map(v -> null);
                return Outcome.ok(new Served(r.get(), r.get().identity()));
            }
            return Outcome.rejected(RuleCode.ManagedIdentityNotFound, selector);
        });
    }

    /** Enabled, and a service principal of its subscription's directory (R14: not after a move). */
    private Outcome<Void> usable(Resource r) {
        Optional<Subscription> s = subscriptions.byId(r.id().subscription());
        boolean ok = r.identity().enabled()
                && s.isPresent()
                && s.get().directory().equals(r.identity().tenantId());
        return ok ? Outcome.ok(null) : Outcome.rejected(RuleCode.ManagedIdentityUnavailable, r.id());
    }
}
