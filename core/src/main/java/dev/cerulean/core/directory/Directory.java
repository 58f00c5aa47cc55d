package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import java.time.Instant;

/**
 * A directory (tenant, Azure AD instance; an Office 365 tenant is one too). Its initial
 * domain {@code <name>.onmicrosoft.com} is never renamed or removed and is unique in the cloud.
 * {@code createdBy} counts toward the creator's limit of 200 directories.
 */
public record Directory(
        DirectoryId id,
        String displayName,
        String country,
        DirectoryOrigin origin,
        String initialDomain,
        Identity createdBy,
        Instant createdAt) {

    public enum DirectoryOrigin {
        CLASSIC_PORTAL,
        OFFICE_365_SIGNUP,
        AZURE_SIGNUP,
        DEFAULT_DIRECTORY
    }
}
