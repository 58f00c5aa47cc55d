package dev.cerulean.core.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ARM resource id: {@code /subscriptions/{id}/resourceGroups/{group}/providers/{namespace}/{type}/{name}}
 * with optional child type/name pairs. {@code path} is everything after "providers/".
 */
public record ResourceId(SubscriptionId subscription, String resourceGroup, String path) {
    private static final Pattern GROUP_NAME = Pattern.compile("[-\\w._()]{1,90}");
    private static final Pattern SEGMENT = Pattern.compile("[-\\w._()~@]{1,260}");

    public ResourceId {
        if (subscription == null || resourceGroup == null || path == null) {
            throw new IllegalArgumentException("a resource id needs subscription, resource group and path");
        }
        if (!validGroupName(resourceGroup))
            throw new IllegalArgumentException("not a resource group name: " + resourceGroup);
        String[] p = path.split("/", -1);
        if (p.length < 3 || p.length % 2 == 0) throw new IllegalArgumentException("not a resource path: " + path);
        for (String x : p) {
            if (!SEGMENT.matcher(x).matches()) throw new IllegalArgumentException("not a resource path: " + path);
        }
    }

    public static ResourceId of(SubscriptionId sub, String group, String type, String name) {
        return new ResourceId(sub, group, type + "/" + name);
    }

    public static Optional<ResourceId> parse(String id) {
        String[] s = segments(id);
        if (s == null || s.length < 8 || s.length % 2 == 1) return Optional.empty();
        if (!s[0].equalsIgnoreCase("subscriptions")
                || !s[2].equalsIgnoreCase("resourceGroups")
                || !s[4].equalsIgnoreCase("providers")
                || !validGroupName(s[3])) {
            return Optional.empty();
        }
        for (int i = 5; i < s.length; i++) {
            if (!SEGMENT.matcher(s[i]).matches()) return Optional.empty();
        }
        Optional<SubscriptionId> sub = SubscriptionId.parse(s[1]);
        return sub.map(x -> new ResourceId(x, s[3], String.join("/", java.util.Arrays.copyOfRange(s, 5, s.length))));
    }

    /** The path's segments without empty ones at either end; null when it has empty ones inside. */
    static String[] segments(String path) {
        if (path == null || !path.startsWith("/") || path.length() > 2048) return null;
        if (path.length() == 1) return new String[0];
        String trimmed = path.endsWith("/") ? path.substring(1, path.length() - 1) : path.substring(1);
        if (trimmed.isEmpty()) return new String[0];
        String[] s = trimmed.split("/", -1);
        for (String x : s) if (x.isEmpty()) return null;
        return s;
    }

    static boolean validGroupName(String name) {
        return name != null && GROUP_NAME.matcher(name).matches() && !name.endsWith(".");
    }

    /** The resource type with its namespace, e.g. {@code Microsoft.KeyVault/vaults}. */
    public String type() {
        String[] p = path.split("/");
        StringBuilder t = new StringBuilder(p[0]);
        for (int i = 1; i < p.length; i += 2) t.append('/').append(p[i]);
        return t.toString();
    }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public boolean isType(String type) {
        return type().equalsIgnoreCase(type);
    }

    public String key() {
        return toString().toLowerCase(Locale.ROOT);
    }

    /**
     * True when this is {@code other} or a child resource of it (e.g. a database of a server),
     * ignoring case. Allocates nothing: the authorization decision calls it.
     */
    public boolean isWithin(ResourceId other) {
        if (!subscription.equals(other.subscription) || !resourceGroup.equalsIgnoreCase(other.resourceGroup)) {
            return false;
        }
        int n = other.path.length();
        if (path.length() == n) return path.equalsIgnoreCase(other.path);
        return path.length() > n && path.charAt(n) == '/' && path.regionMatches(true, 0, other.path, 0, n);
    }

    // ARM compares ids case-insensitively; equals and hashCode do so without building strings.
    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceId r
                && subscription.equals(r.subscription)
                && resourceGroup.equalsIgnoreCase(r.resourceGroup)
                && path.equalsIgnoreCase(r.path);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * subscription.hashCode() + hashIgnoringCase(resourceGroup)) + hashIgnoringCase(path);
    }

    /** A hash consistent with {@link String#equalsIgnoreCase}. */
    static int hashIgnoringCase(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        return h;
    }

    @Override
    public String toString() {
        return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup + "/providers/" + path;
    }
}
