package dev.cerulean.core.resource;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** ARM's checks on the names and locations people type for resource groups and resources. */
final class ResourceNames {
    private ResourceNames() {}

    /** Letters, digits, and -_.() ; 1–90 characters; not ending in '.' (as ARM; ASCII, as ResourceId parses). */
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9\\-_.()]{1,90}");
    /** A top-level resource type: {@code Namespace/type}. */
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+/[A-Za-z][A-Za-z0-9]*");

    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z0-9\\-_.()]{1,260}");
    /** A location's programmatic name, e.g. westeurope (ARM also accepts "West Europe"). */
    private static final Pattern LOCATION = Pattern.compile("[a-z0-9]{2,40}");

    static boolean validGroupName(String name) {
        return name != null && GROUP.matcher(name).matches() && !name.endsWith(".");
    }

    static boolean validType(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    static boolean validResourceName(String name) {
        return name != null && RESOURCE.matcher(name).matches() && !name.endsWith(".");
    }

    /** The location in ARM's normal form ("West Europe" → westeurope), or empty when it is not one. */
    static Optional<String> location(String text) {
        if (text == null) return Optional.empty();
        String normal = text.replace(" ", "").toLowerCase(Locale.ROOT);
        return LOCATION.matcher(normal).matches() ? Optional.of(normal) : Optional.empty();
    }
}
