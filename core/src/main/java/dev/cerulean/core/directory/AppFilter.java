package dev.cerulean.core.directory;

import java.util.Locale;

/**
 * Which of a directory's applications a list wants, evaluated in the database: all of them or
 * those with a service principal (Graph's {@code /servicePrincipals}), optionally only the one whose
 * client id ({@code appId}) or display name equals a value, whatever its case, as Graph compares.
 */
public record AppFilter(Property property, String value, boolean servicePrincipalsOnly) {
    public enum Property {
        appId,
        displayName
    }

    /** Every application object of the directory. */
    public static final AppFilter APPLICATIONS = new AppFilter(null, null, false);

    /** Every application of the directory that has a service principal in it. */
    public static final AppFilter SERVICE_PRINCIPALS = new AppFilter(null, null, true);

    public AppFilter {
        if ((property == null) != (value == null))
            throw new IllegalArgumentException("a filter names a property and a value, or neither");
    }

    /** This filter, and the property equal to {@code equalTo}. */
    public AppFilter where(Property property, String equalTo) {
        return new AppFilter(property, equalTo, servicePrincipalsOnly);
    }

    /** The same test in memory (the fakes, and tests of the store). */
    public boolean matches(AppRegistration app) {
        if (servicePrincipalsOnly && !app.hasServicePrincipal()) return false;
        if (property == null) return true;
        String actual = property == Property.appId ? app.clientId().toString() : app.displayName();
        return actual != null && actual.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
    }
}
