package dev.cerulean.core.common;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a role assignment applies: the root ("/"), a subscription, a resource group or a
 * resource. Parsed once from an ARM path; compared case-insensitively as ARM does.
 */
public record Scope(SubscriptionId subscription, String resourceGroup, ResourceId resource) {

    public static final Scope ROOT = new Scope(null, null, null);

    public enum Level {
        ROOT,
        SUBSCRIPTION,
        RESOURCE_GROUP,
        RESOURCE
    }

    public Scope {
        if (subscription == null && (resourceGroup != null || resource != null)) {
            throw new IllegalArgumentException("a scope below the root names its subscription");
        }
        if (resource != null && resourceGroup == null) {
            throw new IllegalArgumentException("a resource scope names its resource group");
        }
        if (resourceGroup != null && !ResourceId.validGroupName(resourceGroup)) {
            throw new IllegalArgumentException("not a resource group name: " + resourceGroup);
        }
        if (resource != null
                && (!resource.subscription().equals(subscription)
                        || !resource.resourceGroup().equalsIgnoreCase(resourceGroup))) {
            throw new IllegalArgumentException(
                    "the resource " + resource + " is not in " + subscription + "/" + resourceGroup);
        }
    }

    public static Scope subscription(SubscriptionId id) {
        return new Scope(id, null, null);
    }

    public static Scope resourceGroup(SubscriptionId id, String name) {
        return new Scope(id, name, null);
    }

    public static Scope of(ResourceId id) {
        return new Scope(id.subscription(), id.resourceGroup(), id);
    }

    public Level level() {
        if (resource != null) return Level.RESOURCE;
        if (resourceGroup != null) return Level.RESOURCE_GROUP;
        if (subscription != null) return Level.SUBSCRIPTION;
        return Level.ROOT;
    }

    /** Parses "/", "/subscriptions/{id}", "…/resourceGroups/{name}" or a resource id. */
    public static Optional<Scope> parse(String path) {
        if (path == null) return Optional.empty();
        String p = path.trim();
        if (p.equals("/") || p.isEmpty()) return Optional.of(ROOT);
        String[] s = ResourceId.segments(p);
        if (s == null || s.length < 2 || !s[0].equalsIgnoreCase("subscriptions")) return Optional.empty();
        Optional<SubscriptionId> sub = SubscriptionId.parse(s[1]);
        if (sub.isEmpty()) return Optional.empty();
        if (s.length == 2) return Optional.of(subscription(sub.get()));
        if (!s[2].equalsIgnoreCase("resourceGroups") || s.length < 4 || !ResourceId.validGroupName(s[3])) {
            return Optional.empty();
        }
        if (s.length == 4) return Optional.of(resourceGroup(sub.get(), s[3]));
        return ResourceId.parse(p).map(Scope::of);
    }

    /**
     * True when an assignment at this scope applies at {@code other}: the same scope or below,
     * never a sibling (R26). Allocates nothing: the authorization decision calls it.
     */
    public boolean contains(Scope other) {
        if (subscription == null) return true;
        if (!subscription.equals(other.subscription)) return false;
        if (resourceGroup == null) return true;
        if (other.resourceGroup == null || !resourceGroup.equalsIgnoreCase(other.resourceGroup)) return false;
        if (resource == null) return true;
        return other.resource != null && other.resource.isWithin(resource);
    }

    /** True when one of the two scopes contains the other (a scope and its ancestors and descendants). */
    public boolean overlaps(Scope other) {
        return contains(other) || other.contains(this);
    }

    /** Lower-case canonical form, for indexing. */
    public String key() {
        return toString().toLowerCase(Locale.ROOT);
    }

    // Case-insensitive as ARM is, without building strings.
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Scope s)) return false;
        return java.util.Objects.equals(subscription, s.subscription)
                && (resourceGroup == null ? s.resourceGroup == null : resourceGroup.equalsIgnoreCase(s.resourceGroup))
                && java.util.Objects.equals(resource, s.resource);
    }

    @Override
    public int hashCode() {
        int h = subscription == null ? 0 : subscription.hashCode();
        h = 31 * h + (resourceGroup == null ? 0 : ResourceId.hashIgnoringCase(resourceGroup));
        return 31 * h + (resource == null ? 0 : resource.hashCode());
    }

    @Override
    public String toString() {
        if (resource != null) return resource.toString();
        if (resourceGroup != null) return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;
        if (subscription != null) return "/subscriptions/" + subscription;
        return "/";
    }
}
