package dev.cerulean.core.directory;

import java.util.Locale;

/**
 * One condition on a directory's users that a store evaluates in its database: a property equal to
 * a value, not equal to it, or starting with it, ignoring case as Graph compares these properties
 * (a missing value is not equal to anything, and neither equals nor starts with anything).
 */
public record UserCondition(Property property, Match match, String value) implements UserQuery {
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
        NOT_EQUALS,
        STARTS_WITH
    }

    public UserCondition {
        java.util.Objects.requireNonNull(property, "property");
        java.util.Objects.requireNonNull(match, "match");
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
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
        if (actual == null) return match == Match.NOT_EQUALS;
        String a = actual.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        return switch (match) {
            case EQUALS -> a.equals(v);
            case NOT_EQUALS -> !a.equals(v);
            case STARTS_WITH -> a.startsWith(v);
        };
    }
}
