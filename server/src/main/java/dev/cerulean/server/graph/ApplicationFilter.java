package dev.cerulean.server.graph;

import dev.cerulean.core.directory.AppFilter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} that applications and service principals support: {@code appId eq '…'} or
 * {@code displayName eq '…'} (the lookups scripts make, e.g. finding an app's service principal
 * by its appId). Property names are case-insensitive; appId compares case-insensitively, as a GUID,
 * displayName exactly as Graph's default collation does for these (case-insensitively).
 */
record ApplicationFilter(String property, String value) {
    private static final Pattern EQUALS = Pattern.compile("\\s*([A-Za-z]+)\\s+eq\\s+'((?:[^']|'')*)'\\s*");

    /** null when there is no filter; a 400 naming $filter for anything else. */
    static ApplicationFilter parse(String filter) {
        if (filter == null) return null;
        Matcher m = EQUALS.matcher(filter);
        if (!m.matches()) throw unsupported();
        String property = m.group(1);
        String value = m.group(2).replace("''", "'");
        if (property.equalsIgnoreCase("appId")) return new ApplicationFilter("appId", value);
        if (property.equalsIgnoreCase("displayName")) return new ApplicationFilter("displayName", value);
        throw unsupported();
    }

    /** The filter as the store evaluates it, on {@code base} (applications or service principals). */
    static AppFilter on(ApplicationFilter filter, AppFilter base) {
        if (filter == null) return base;
        return base.where(
                filter.property().equals("appId") ? AppFilter.Property.appId : AppFilter.Property.displayName,
                filter.value());
    }

    boolean matches(String appId, String displayName) {
        String actual = property.equals("appId") ? appId : displayName;
        return actual != null && actual.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
    }

    private static GraphException unsupported() {
        return GraphException.badRequest(
                "$filter", "only appId eq '…' or displayName eq '…' is supported on this resource.");
    }
}
