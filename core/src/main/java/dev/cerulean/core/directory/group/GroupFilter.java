package dev.cerulean.core.directory.group;

/**
 * Which groups a list wants: all ({@link #ALL}), those whose display name equals a value or
 * starts with one (case-insensitive, as Graph compares), or the one with an alias. Evaluated in
 * the database, so a filtered page costs what an unfiltered one does.
 */
public record GroupFilter(Field field, Match match, String value) {
    public enum Field {
        displayName,
        mailNickname
    }

    public enum Match {
        EQUALS,
        STARTS_WITH
    }

    public static final GroupFilter ALL = new GroupFilter(null, null, null);

    public GroupFilter {
        if ((field == null) != (value == null) || (match == null) != (value == null))
            throw new IllegalArgumentException("a filter names a field, a match and a value, or nothing");
    }

    public boolean all() {
        return value == null;
    }

    /** The same test in memory (the fakes, and tests of the store). */
    public boolean matches(Group g) {
        if (all()) return true;
        String actual = field == Field.displayName ? g.displayName() : g.mailNickname();
        if (actual == null) return false;
        String a = actual.toLowerCase(java.util.Locale.ROOT);
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return match == Match.EQUALS ? a.equals(v) : a.startsWith(v);
    }
}
