package dev.cerulean.core.directory;

import java.util.List;

/**
 * A test of a directory's users that a store evaluates in its database: {@link UserCondition}s
 * combined with all-of and any-of, as Graph's {@code $filter} combines them with {@code and},
 * {@code or} and parentheses. A page of users that pass costs a page read whatever the expression,
 * never a read of the whole directory.
 */
public sealed interface UserQuery permits UserCondition, UserQuery.AllOf, UserQuery.AnyOf {
    /** The same test in memory (the fakes, and tests of the store). */
    boolean matches(DirectoryUser u);

    /** Passes when every part passes (no parts: every user). */
    record AllOf(List<UserQuery> parts) implements UserQuery {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(DirectoryUser u) {
            return parts.stream().allMatch(p -> p.matches(u));
        }
    }

    /** Passes when any part passes (no parts: no user). */
    record AnyOf(List<UserQuery> parts) implements UserQuery {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(DirectoryUser u) {
            return parts.stream().anyMatch(p -> p.matches(u));
        }
    }
}
