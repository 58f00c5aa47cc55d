package dev.cerulean.core.subscription;

import java.util.Locale;

/**
 * What a list of resource groups keeps besides access: names starting with {@code prefix}
 * (whatever its case; blank keeps all) and, when {@code tagName} is given, groups with that tag
 * (its name whatever its case) and, when {@code tagValue} is given too, that exact value.
 */
public record GroupFilter(String prefix, String tagName, String tagValue) {
    public static final GroupFilter ALL = new GroupFilter("", null, null);

    public GroupFilter {
        prefix = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (tagName == null) tagValue = null;
    }

    public static GroupFilter named(String prefix) {
        return new GroupFilter(prefix, null, null);
    }

    public boolean keeps(ResourceGroup g) {
        if (!g.name().toLowerCase(Locale.ROOT).startsWith(prefix)) return false;
        if (tagName == null) return true;
        return g.tags().entrySet().stream()
                .anyMatch(e -> e.getKey().equalsIgnoreCase(tagName)
                        && (tagValue == null || e.getValue().equals(tagValue)));
    }
}
