package dev.cerulean.junit;

/**
 * What a work account of the world signs in with: its home directory, user principal name and
 * the plain text of its password ({@code null} when the world file holds only the password's hash).
 */
public record UserCredentials(String tenantId, String userPrincipalName, String password) {}
