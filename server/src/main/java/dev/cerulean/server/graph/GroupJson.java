package dev.cerulean.server.graph;

import dev.cerulean.core.directory.group.Group;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A group in Graph's shape, with {@code $select}: a security group, never mail-enabled. */
final class GroupJson {
    private static final Map<String, Function<Group, Object>> PROPERTIES = new LinkedHashMap<>();

    static {
        PROPERTIES.put("id", g -> g.id().toString());
        PROPERTIES.put("deletedDateTime", g -> null);
        PROPERTIES.put("classification", g -> null);
        PROPERTIES.put("createdDateTime", g -> g.createdAt().toString());
        PROPERTIES.put("creationOptions", g -> List.of());
        PROPERTIES.put("description", Group::description);
        PROPERTIES.put("displayName", Group::displayName);
        PROPERTIES.put("expirationDateTime", g -> null);
        PROPERTIES.put("groupTypes", g -> List.of());
        PROPERTIES.put("isAssignableToRole", g -> null);
        PROPERTIES.put("mail", g -> null);
        PROPERTIES.put("mailEnabled", g -> false);
        PROPERTIES.put("mailNickname", Group::mailNickname);
        PROPERTIES.put("membershipRule", g -> null);
        PROPERTIES.put("membershipRuleProcessingState", g -> null);
        PROPERTIES.put("onPremisesSyncEnabled", g -> null);
        PROPERTIES.put("preferredDataLocation", g -> null);
        PROPERTIES.put("preferredLanguage", g -> null);
        PROPERTIES.put("proxyAddresses", g -> List.of());
        PROPERTIES.put("renewedDateTime", g -> g.createdAt().toString());
        PROPERTIES.put("resourceBehaviorOptions", g -> List.of());
        PROPERTIES.put("resourceProvisioningOptions", g -> List.of());
        PROPERTIES.put("securityEnabled", g -> true);
        PROPERTIES.put("securityIdentifier", g -> securityIdentifier(g.id().value()));
        PROPERTIES.put("theme", g -> null);
        PROPERTIES.put("visibility", g -> null);
    }

    static final List<String> DEFAULT = List.copyOf(PROPERTIES.keySet());

    private GroupJson() {}

    /** The canonical names of {@code select} (empty: every property); unknown names are a 400. */
    static List<String> properties(List<String> select) {
        return GraphQuery.properties(select, PROPERTIES.keySet(), DEFAULT, "microsoft.graph.group");
    }

    static Map<String, Object> of(Group group, List<String> properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String name : properties) json.put(name, PROPERTIES.get(name).apply(group));
        return json;
    }

    /** The group typed as a member of a directoryObject collection. */
    static Map<String, Object> typed(Group group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.type", "#microsoft.graph.group");
        json.putAll(of(group, DEFAULT));
        return json;
    }

    static String context(List<String> select, String set) {
        return select.isEmpty() ? set : set + "(" + String.join(",", select) + ")";
    }

    /**
     * Entra's security identifier of a cloud group: S-1-12-1 and the object id's 16 bytes, in the
     * order Windows keeps a GUID, read as four little-endian 32-bit numbers.
     */
    static String securityIdentifier(UUID id) {
        ByteBuffer guid = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        long high = id.getMostSignificantBits();
        guid.putInt((int) (high >>> 32));
        guid.putShort((short) (high >>> 16));
        guid.putShort((short) high);
        guid.order(ByteOrder.BIG_ENDIAN).putLong(id.getLeastSignificantBits());
        guid.flip().order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder sid = new StringBuilder("S-1-12-1");
        for (int i = 0; i < 4; i++) sid.append('-').append(Integer.toUnsignedString(guid.getInt()));
        return sid.toString();
    }
}
