package dev.cerulean.core.subscription;

import java.util.Locale;

/**
 * What a list of resource groups keeps besides access: names containing {@code search}
 * (whatever its case; blank keeps all, as the Azure portal's filter box) and, when {@code tagName} is given, groups with that tag
 * (its name whatever its case) and, when {@code tagValue} is given too, that exact value.
 */
public record ResourceGroupFilter(String search, String tagName, String tagValue) {
    public static final ResourceGroupFilter ALL = new ResourceGroupFilter("", null, null);

    public ResourceGroupFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (tagName == null) tagValue = null;
    }

    public static ResourceGroupFilter named(String search) {
        return new ResourceGroupFilter(search, null, null);
    }

    public boolean keeps(ResourceGroup g) {
        if (!g.name().toLowerCase(Locale.ROOT).contains(search)) return false;
        if (tagName == null) return true;
        return g.tags().entrySet().stream()
                .anyMatch(e -> e.getKey().equalsIgnoreCase(tagName)
                        && (tagValue == null || e.getValue().equals(tagValue)));
    }
}
