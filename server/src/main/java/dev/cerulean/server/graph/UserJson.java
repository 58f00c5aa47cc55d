package dev.cerulean.server.graph;

import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A user object as Graph shows it: the default projection, or the properties {@code $select}
 * names (matched case-insensitively, as Graph does). Properties Cerulean does not model (phones,
 * job title, …) are null or empty, as for a user that never set them.
 */
final class UserJson {
    static final List<String> DEFAULT = List.of(
            "businessPhones",
            "displayName",
            "givenName",
            "jobTitle",
            "mail",
            "mobilePhone",
            "officeLocation",
            "preferredLanguage",
            "surname",
            "userPrincipalName",
            "id");

    private static final Map<String, BiFunction<DirectoryUser, Directory, Object>> PROPERTIES = new LinkedHashMap<>();

    static {
        PROPERTIES.put("id", (u, d) -> u.id().toString());
        PROPERTIES.put("businessPhones", (u, d) -> List.of());
        PROPERTIES.put("displayName", (u, d) -> u.displayName());
        PROPERTIES.put("givenName", (u, d) -> null);
        PROPERTIES.put("jobTitle", (u, d) -> null);
        PROPERTIES.put("mail", (u, d) -> u.mail() == null ? null : u.mail().value());
        PROPERTIES.put("mobilePhone", (u, d) -> null);
        PROPERTIES.put("officeLocation", (u, d) -> null);
        PROPERTIES.put("preferredLanguage", (u, d) -> null);
        PROPERTIES.put("surname", (u, d) -> null);
        PROPERTIES.put("userPrincipalName", (u, d) -> u.userPrincipalName());
        PROPERTIES.put("accountEnabled", (u, d) -> u.accountEnabled());
        PROPERTIES.put("mailNickname", (u, d) -> u.mailNickname());
        PROPERTIES.put("userType", (u, d) -> u.type().name());
        PROPERTIES.put("creationType", (u, d) -> u.invitation() != null ? "Invitation" : null);
        PROPERTIES.put(
                "externalUserState",
                (u, d) -> u.invitation() != null ? u.invitation().name() : null);
        PROPERTIES.put("identities", UserJson::identities);
        PROPERTIES.put("otherMails", (u, d) -> List.of());
    }

    private UserJson() {}

    /** The canonical names of {@code select} (empty: the default projection); unknown names are a 400. */
    static List<String> properties(List<String> select) {
        return GraphQuery.properties(select, PROPERTIES.keySet(), DEFAULT, "microsoft.graph.user");
    }

    static Map<String, Object> of(DirectoryUser user, Directory directory, List<String> properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String name : properties) json.put(name, PROPERTIES.get(name).apply(user, directory));
        return json;
    }

    /** The @odata.context fragment: users, with the selected properties when $select was given. */
    static String context(List<String> select, String set) {
        return select.isEmpty() ? set : set + "(" + String.join(",", properties(select)) + ")";
    }

    private static Object identities(DirectoryUser user, Directory directory) {
        Map<String, Object> identity = new LinkedHashMap<>();
        switch (user.source()) {
            case WORK_ACCOUNT -> {
                identity.put("signInType", "userPrincipalName");
                identity.put("issuer", directory.initialDomain());
                identity.put("issuerAssignedId", user.userPrincipalName());
            }
            case MICROSOFT_ACCOUNT -> {
                identity.put("signInType", "federated");
                identity.put("issuer", "MicrosoftAccount");
                identity.put(
                        "issuerAssignedId",
                        user.mail() == null ? null : user.mail().value());
            }
            case EXTERNAL_WORK_ACCOUNT -> {
                identity.put("signInType", "federated");
                identity.put("issuer", "ExternalAzureAD");
                identity.put(
                        "issuerAssignedId",
                        user.mail() == null ? null : user.mail().value());
            }
        }
        return List.of(identity);
    }
}
