package dev.cerulean.core.directory;

import java.util.Locale;

/**
 * One condition on a directory's users that a store evaluates in its database: a property equal to
 * a value or starting with one, ignoring case as Graph compares these properties. What Graph's
 * {@code $filter} asks most (a user by principal name or mail, names by prefix) thus costs a page
 * read, not a read of the whole directory.
 */
public record UserCondition(Property property, Match match, String value) {
    public enum Property {
        userPrincipalName,
        mail,
        displayName,
        mailNickname,
        /** "Member" or "Guest". */
        userType,
        /** "true" or "false". */
        accountEnabled,
        /** The object id (equality only). */
        id,
        /** Any of the three: the portal's user search, which finds people by whichever name is typed. */
        anyName
    }

    public enum Match {
        EQUALS,
        STARTS_WITH
    }

    public UserCondition {
        java.util.Objects.requireNonNull(property, "property");
        java.util.Objects.requireNonNull(match, "match");
        java.util.Objects.requireNonNull(value, "value");
    }

    /** The same test in memory (the fakes, and tests of the store). */
    public boolean matches(DirectoryUser u) {
        String mail = u.mail() == null ? null : u.mail().value();
        return switch (property) {
            case userPrincipalName -> test(u.userPrincipalName());
            case mail -> test(mail);
            case displayName -> test(u.displayName());
            case mailNickname -> test(u.mailNickname());
            case userType -> test(u.type().name());
            case accountEnabled -> test(String.valueOf(u.accountEnabled()));
            case id -> test(u.id().toString());
            case anyName -> test(u.userPrincipalName()) || test(u.displayName()) || test(mail);
        };
    }

    private boolean test(String actual) {
        if (actual == null) return false;
        String a = actual.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        return match == Match.EQUALS ? a.equals(v) : a.startsWith(v);
    }
}
