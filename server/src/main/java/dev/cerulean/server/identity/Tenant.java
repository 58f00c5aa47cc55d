package dev.cerulean.server.identity;

import dev.cerulean.core.common.DirectoryId;
import java.util.UUID;

/**
 * The tenant a request names in its first path segment: one directory (by id or any verified
 * domain), or one of the multi-tenant aliases. {@code segment} is what the client wrote.
 */
public record Tenant(Kind kind, DirectoryId directory, String segment) {

    public enum Kind {
        DIRECTORY,
        COMMON,
        ORGANIZATIONS,
        CONSUMERS
    }

    /** The tenant Microsoft accounts belong to when they are in no directory ("consumers"). */
    public static final DirectoryId CONSUMERS_TENANT =
            new DirectoryId(UUID.fromString("9188040d-6c67-4c5b-b112-36a304b66dad"));

    public boolean isDirectory() {
        return kind == Kind.DIRECTORY;
    }

    /** The directory named, or null for the aliases. */
    public DirectoryId directoryOrNull() {
        return directory;
    }
}
