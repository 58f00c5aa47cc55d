package dev.cerulean.core.subscription;

import dev.cerulean.core.common.ResourceId;
import java.util.Locale;

/**
 * What a list of resources keeps besides access: those of one resource group (null: the whole
 * subscription's), of one type (null: any), whose name contains {@code search} (whatever its
 * case; blank keeps all).
 */
public record ResourceFilter(String group, String type, String search) {
    public ResourceFilter {
        group = group == null ? null : group.toLowerCase(Locale.ROOT);
        type = type == null ? null : type.toLowerCase(Locale.ROOT);
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    public static ResourceFilter inGroup(String group) {
        return new ResourceFilter(group, null, "");
    }

    public boolean keeps(ResourceId id) {
        return (group == null || id.resourceGroup().equalsIgnoreCase(group))
                && (type == null || id.isType(type))
                && id.name().toLowerCase(Locale.ROOT).contains(search);
    }
}
