package dev.cerulean.core.directory;

/** Azure AD's per-person limits (domain.md, "Directory user"). */
public final class DirectoryLimits {
    /** A person creates at most this many directories. */
    public static final int DIRECTORIES_CREATED = 200;
    /** A person is a user (home, member or guest) of at most this many directories. */
    public static final int DIRECTORY_MEMBERSHIPS = 500;

    private DirectoryLimits() {}
}
