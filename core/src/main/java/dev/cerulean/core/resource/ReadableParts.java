package dev.cerulean.core.resource;

import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.ReadableGroups;
import dev.cerulean.core.subscription.ReadableResources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of a subscription a caller may read, decided before the rows are read so that the store
 * can page: the access decision ({@link SubscriptionAccess#decide}) is asked once per scope where
 * the caller holds a grant ({@link SubscriptionAccess#grantScopes}) and, for resources, per type
 * present, instead of once per row. What it allows at a scope it allows everywhere under it, and
 * whatever it allows is allowed by a grant at one of those scopes, so the rows selected are exactly
 * those a decision per row would list.
 */
final class ReadableParts {
    private ReadableParts() {}

    /** The groups where the caller may perform {@code action} at the group's scope. */
    static ReadableGroups groups(SubscriptionAccess access, Caller caller, Set<ObjectId> groups, String action) {
        Scope own = Scope.subscription(access.subscription().id());
        if (access.decide(caller, groups, action, own).allowed()) return new ReadableGroups(true, Set.of());
        Set<String> names = new HashSet<>();
        for (Scope s : access.grantScopes(caller, groups)) {
            if (s.level() == Scope.Level.RESOURCE_GROUP
                    && access.decide(caller, groups, action, s).allowed())
                names.add(s.resourceGroup().toLowerCase(Locale.ROOT));
        }
        return new ReadableGroups(false, names);
    }

    /**
     * The resources of {@code types} (lower case) where the caller may perform {@code <type>/read};
     * only in {@code group} when it is not null.
     */
    static ReadableResources resources(
            SubscriptionAccess access, Caller caller, Set<ObjectId> groups, Set<String> types, String group) {
        Set<String> everywhere = new HashSet<>();
        Map<String, Set<String>> inGroups = new HashMap<>();
        Map<String, Set<String>> under = new HashMap<>();
        for (Scope s : access.grantScopes(caller, groups)) {
            if (group != null && s.resourceGroup() != null && !s.resourceGroup().equalsIgnoreCase(group)) continue;
            Set<String> readable = new HashSet<>();
            for (String type : types) {
                if (access.decide(caller, groups, type + "/read", s).allowed()) readable.add(type);
            }
            if (readable.isEmpty()) continue;
            switch (s.level()) {
                case RESOURCE_GROUP ->
                    inGroups.computeIfAbsent(s.resourceGroup().toLowerCase(Locale.ROOT), k -> new HashSet<>())
                            .addAll(readable);
                case RESOURCE ->
                    under.computeIfAbsent(s.resource().key(), k -> new HashSet<>())
                            .addAll(readable);
                default -> everywhere.addAll(readable);
            }
        }
        return new ReadableResources(everywhere, inGroups, under);
    }
}
