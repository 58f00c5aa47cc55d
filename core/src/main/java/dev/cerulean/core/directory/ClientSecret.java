package dev.cerulean.core.directory;

import dev.cerulean.core.account.PasswordHash;
import java.time.Instant;
import java.util.UUID;

/** A client secret as stored: its key id, the first characters people recognise it by, its hash. */
public record ClientSecret(UUID keyId, String hint, PasswordHash hash, Instant expiresAt) {}
