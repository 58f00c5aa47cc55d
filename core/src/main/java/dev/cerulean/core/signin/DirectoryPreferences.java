package dev.cerulean.core.signin;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import java.util.Optional;

/**
 * Port: each person's default directory, the one Azure's "Directories + subscriptions" lets a
 * person choose to land in when signing in. A person (a Microsoft account or a work account's
 * home identity) has at most one.
 */
public interface DirectoryPreferences {
    Optional<DirectoryId> defaultDirectoryOf(Identity person);

    /** Sets (or replaces) the person's default directory. */
    void setDefaultDirectory(Identity person, DirectoryId directory);
}
