package dev.cerulean.core.subscription;

import java.util.Locale;
import java.util.Set;

/**
 * The resource groups of a subscription a caller may read, decided before any group is read:
 * all of them, or those of the named groups (lower-case names) that exist.
 */
public record ReadableGroups(boolean all, Set<String> names) {
    public static final ReadableGroups NONE = new ReadableGroups(false, Set.of());

    public ReadableGroups {
        names = Set.copyOf(names);
    }

    public boolean none() {
        return !all && names.isEmpty();
    }

    public boolean admits(ResourceGroup g) {
        return all || names.contains(g.name().toLowerCase(Locale.ROOT));
    }
}
