package dev.cerulean.junit;

import dev.cerulean.core.world.World;
import dev.cerulean.core.world.World.AppSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.SecretSpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import dev.cerulean.core.world.World.UserSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The world as loaded, looked up by the names people use: directories and subscriptions by
 * display name, apps by name, work accounts by user principal name. Ids come from the store (a
 * world file may leave them out); secrets and passwords in plain text come from the world as
 * written, since the store keeps only their hashes.
 */
final class WorldIndex {
    private final Map<String, List<String>> directories = new LinkedHashMap<>();
    private final Map<String, List<SubscriptionSpec>> subscriptions = new LinkedHashMap<>();
    private final Map<String, List<AppCredentials>> apps = new LinkedHashMap<>();
    private final Map<String, UserCredentials> users = new LinkedHashMap<>();

    WorldIndex(World written, World stored) {
        for (DirectorySpec directory : stored.directories()) {
            String tenantId = directory.id().toString();
            directories
                    .computeIfAbsent(directory.name(), n -> new ArrayList<>())
                    .add(tenantId);
            DirectorySpec asWritten = writtenDirectory(written, directory);
            for (AppSpec app : directory.apps()) {
                String secret = asWritten == null ? null : secretOf(asWritten, app);
                apps.computeIfAbsent(app.name(), n -> new ArrayList<>())
                        .add(new AppCredentials(
                                app.name(), tenantId, app.clientId().toString(), secret));
            }
            for (UserSpec user : directory.users()) {
                if (user.person() != null) continue; // guests and Microsoft accounts sign in at home
                String password = asWritten == null ? null : passwordOf(asWritten, user);
                users.put(user.userPrincipalName(), new UserCredentials(tenantId, user.userPrincipalName(), password));
            }
        }
        for (SubscriptionSpec subscription : stored.subscriptions()) {
            subscriptions
                    .computeIfAbsent(subscription.name(), n -> new ArrayList<>())
                    .add(subscription);
        }
    }

    String tenantId(String directoryName) {
        return only("directory", directoryName, directories);
    }

    String subscriptionId(String subscriptionName) {
        return subscription(subscriptionName).id().toString();
    }

    /** The directory the subscription trusts: the tenant its tokens must come from. */
    String tenantOfSubscription(String subscriptionName) {
        return subscription(subscriptionName).directory().toString();
    }

    AppCredentials app(String appName) {
        return only("app", appName, apps);
    }

    UserCredentials user(String userPrincipalName) {
        UserCredentials user = users.get(userPrincipalName);
        if (user == null) {
            throw new NoSuchElementException(
                    "no work account '" + userPrincipalName + "' in the world; there are " + users.keySet());
        }
        return user;
    }

    private SubscriptionSpec subscription(String name) {
        return only("subscription", name, subscriptions);
    }

    private static <T> T only(String kind, String name, Map<String, List<T>> byName) {
        List<T> found = byName.get(name);
        if (found == null) {
            throw new NoSuchElementException(
                    "no " + kind + " named '" + name + "' in the world; there are " + byName.keySet());
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(
                    found.size() + " " + kind + "s are named '" + name + "' in the world: give them distinct names");
        }
        return found.get(0);
    }

    private static DirectorySpec writtenDirectory(World written, DirectorySpec stored) {
        return written.directories().stream()
                .filter(d ->
                        d.id() != null ? d.id().equals(stored.id()) : d.name().equals(stored.name()))
                .findFirst()
                .orElse(null);
    }

    private static String secretOf(DirectorySpec written, AppSpec stored) {
        return written.apps().stream()
                .filter(a -> a.clientId() != null
                        ? a.clientId().equals(stored.clientId())
                        : Objects.equals(a.name(), stored.name()))
                .flatMap(a -> a.secrets().stream())
                .map(SecretSpec::secret)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static String passwordOf(DirectorySpec written, UserSpec stored) {
        return written.users().stream()
                .filter(u -> stored.userPrincipalName().equalsIgnoreCase(u.userPrincipalName()))
                .map(UserSpec::password)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
