package dev.cerulean.junit;

/**
 * What an app registration of the world signs in with (the client credentials grant): its
 * directory, its client id and the plain text of its first client secret ({@code null} when the
 * world file holds only the secret's hash).
 */
public record AppCredentials(String name, String tenantId, String clientId, String clientSecret) {}
