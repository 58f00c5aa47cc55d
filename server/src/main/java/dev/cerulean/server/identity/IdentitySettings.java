package dev.cerulean.server.identity;

import java.time.Duration;
import java.util.Set;

/**
 * Lifetimes and limits of the identity platform. {@code keyLifetime} is how long one signing key
 * signs before the next one takes over (rotation); retired keys stay in the JWKS for
 * {@code accessTokenLifetime + clockSkew}. {@code secretCacheTtl} is how long a verified client
 * secret is trusted without hashing it again. {@code armResources} and {@code graphResources}
 * name this server's own ARM and Graph URLs (e.g. {@code https://localhost:8443/}), accepted as
 * resources besides the public Azure ones. {@code issuerHosts} limits which {@code host:port}
 * values the verifier accepts in {@code iss}; empty: the names and ports the server listens on.
 */
public record IdentitySettings(
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        Duration codeLifetime,
        Duration deviceCodeLifetime,
        int deviceCodeIntervalSeconds,
        Duration keyLifetime,
        Duration clockSkew,
        Duration secretCacheTtl,
        Set<String> armResources,
        Set<String> graphResources,
        Set<String> issuerHosts) {

    public static final IdentitySettings DEFAULT = new IdentitySettings(
            Duration.ofHours(1),
            Duration.ofDays(90),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            5,
            Duration.ofDays(30),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5),
            Set.of(),
            Set.of(),
            Set.of());

    public IdentitySettings {
        armResources = Set.copyOf(armResources);
        graphResources = Set.copyOf(graphResources);
        issuerHosts = Set.copyOf(issuerHosts);
    }

    /** Tokens' issuers must name one of {@code hosts} ({@code host:port}, e.g. a load balancer's). */
    public IdentitySettings withIssuerHosts(Set<String> hosts) {
        return new IdentitySettings(
                accessTokenLifetime,
                refreshTokenLifetime,
                codeLifetime,
                deviceCodeLifetime,
                deviceCodeIntervalSeconds,
                keyLifetime,
                clockSkew,
                secretCacheTtl,
                armResources,
                graphResources,
                hosts);
    }

    public IdentitySettings withDeviceCodeInterval(int seconds) {
        return new IdentitySettings(
                accessTokenLifetime,
                refreshTokenLifetime,
                codeLifetime,
                deviceCodeLifetime,
                seconds,
                keyLifetime,
                clockSkew,
                secretCacheTtl,
                armResources,
                graphResources,
                issuerHosts);
    }
}
