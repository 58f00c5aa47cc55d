package dev.cerulean.core.subscription;

import dev.cerulean.core.common.ResourceId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The resources of a subscription a caller may read, decided before any resource is read, as
 * lower-case resource types: {@code everywhere}, in the named groups ({@code inGroups}, by
 * lower-case group name) and at or under the named resources ({@code under}, by lower-case id:
 * the resource itself and its child resources). A store selects
 * {@code (type in everywhere) or (group = g and type in inGroups[g]) or (id at or under r and type in under[r])}.
 */
public record ReadableResources(
        Set<String> everywhere, Map<String, Set<String>> inGroups, Map<String, Set<String>> under) {
    public static final ReadableResources NONE = new ReadableResources(Set.of(), Map.of(), Map.of());

    public ReadableResources {
        everywhere = Set.copyOf(everywhere);
        inGroups = Map.copyOf(inGroups);
        under = Map.copyOf(under);
    }

    public boolean none() {
        return everywhere.isEmpty() && inGroups.isEmpty() && under.isEmpty();
    }

    public boolean admits(ResourceId id) {
        String type = id.type().toLowerCase(Locale.ROOT);
        if (everywhere.contains(type)) return true;
        if (inGroups.getOrDefault(id.resourceGroup().toLowerCase(Locale.ROOT), Set.of())
                .contains(type)) return true;
        String key = id.key();
        for (var at : under.entrySet()) {
            if ((key.equals(at.getKey()) || key.startsWith(at.getKey() + "/"))
                    && at.getValue().contains(type)) return true;
        }
        return false;
    }
}
