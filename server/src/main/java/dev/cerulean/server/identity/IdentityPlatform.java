package dev.cerulean.server.identity;

import com.nimbusds.oauth2.sdk.GrantType;
import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/**
 * The identity platform's composition: builds its protocol parts from the token state's ports
 * and takes sign-in from the use cases the composition root built, and registers its endpoints. {@link #verifier()} is what the other APIs check tokens with.
 */
public final class IdentityPlatform {
    private final SigningKeyRing keys;
    private final TokenVerifier verifier;
    private final TokenEndpoint tokenEndpoint;
    private final DiscoveryEndpoints discovery;
    private final TokenIssuer issuer;
    private final Clients clients;
    private final ResourceScopes resources;
    private final TenantResolver tenants;
    private final OAuthErrors errors;

    private final AuthorizeEndpoint authorize;
    private final DeviceLoginPage deviceLogin;
    private final ManagedIdentityEndpoint managedIdentities;

    /**
     * @param ports    the token state (signing keys, codes, refresh tokens) and the directory reads tokens need
     * @param uses     the server's use cases: its one sign-in (the password grant shares its throttling with the pages)
     * @param sessions the browser sessions the authorize endpoint and the device page sign people in with
     */
    public IdentityPlatform(Ports ports, UseCases uses, WebSessions sessions, IdentitySettings settings) {
        var signIn = uses.signIn().signIn();
        var clock = ports.clock();
        var tx = ports.transactions();
        this.errors = new OAuthErrors(clock);
        this.tenants = new TenantResolver(ports.directories(), clock);
        this.keys = new SigningKeyRing(tx, ports.signingKeys(), clock, settings);
        this.verifier = new TokenVerifier(keys, ports.directoryUsers(), clock, settings);
        this.resources = new ResourceScopes(settings);
        this.clients = new Clients(
                ports.appRegistrations(), ports.passwordHasher(), uses.signIn().lockout(), clock, settings);
        var subjects = new Subjects(
                ports.directoryUsers(),
                ports.directoryRoles(),
                ports.microsoftAccounts(),
                ports.appRegistrations(),
                ports.groups(),
                clock);
        this.issuer = new TokenIssuer(
                tx, ports.refreshTokens(), subjects, new TokenClaims(), new TokenSigner(keys), clock, settings);
        var signInDirectory = uses.signIn().signInDirectory();
        Map<GrantType, GrantHandler> grants = Map.of(
                GrantType.CLIENT_CREDENTIALS, new ClientCredentialsGrant(clients, resources, issuer),
                GrantType.PASSWORD, new PasswordGrant(clients, resources, issuer, signIn, signInDirectory),
                GrantType.REFRESH_TOKEN,
                        new RefreshTokenGrant(tx, ports.refreshTokens(), clients, resources, issuer, clock),
                GrantType.AUTHORIZATION_CODE,
                        new AuthorizationCodeGrant(
                                tx,
                                ports.authorizationCodes(),
                                ports.refreshTokens(),
                                clients,
                                resources,
                                issuer,
                                clock),
                GrantType.DEVICE_CODE, new DeviceCodeGrant(tx, ports.deviceCodes(), clients, resources, issuer, clock));
        var devices = new DeviceAuthorization(tx, ports.deviceCodes(), clients, resources, clock, settings);
        this.tokenEndpoint = new TokenEndpoint(grants, devices, tenants, errors);
        this.authorize = new AuthorizeEndpoint(
                tx,
                ports.authorizationCodes(),
                tenants,
                clients,
                resources,
                sessions,
                signInDirectory,
                subjects,
                new TokenClaims(),
                clock,
                settings);
        this.deviceLogin = new DeviceLoginPage(
                tx,
                ports.deviceCodes(),
                clients,
                tenants,
                sessions,
                signInDirectory,
                uses.signIn().lockout(),
                clock);
        this.managedIdentities = new ManagedIdentityEndpoint(
                uses.resource().managedIdentityTokens(),
                resources,
                new TokenClaims(),
                new TokenSigner(keys),
                clock,
                settings);
        this.discovery = new DiscoveryEndpoints(
                tenants, keys, ports.directories(), ports.directoryUsers(), ports.microsoftAccounts(), errors);
    }

    public void register(RoutesConfig routes) {
        tokenEndpoint.register(routes);
        discovery.register(routes);
        authorize.register(routes);
        deviceLogin.register(routes);
        managedIdentities.register(routes);
    }

    /** Tells the platform where the server listens once it does (this server's Graph URL is then a resource). */
    public void listening(int graphPort) {
        resources.graphPort(graphPort);
    }

    /**
     * Where the server listens, once it does: tokens' issuers must name one of these {@code host:port}s
     * (the configured host and the loopback names, on the HTTP and HTTPS ports) unless issuer hosts
     * are configured.
     */
    public void listening(String host, int httpPort, int httpsPort, int graphPort) {
        listening(host, httpPort, httpsPort, graphPort, java.util.List.of());
    }

    /**
     * As {@link #listening(String, int, int, int)}, and also under {@code publicNames} on port 443
     * (Azure's login names, reached through the intercepting proxy).
     */
    public void listening(String host, int httpPort, int httpsPort, int graphPort, java.util.List<String> publicNames) {
        listening(graphPort);
        java.util.Set<String> authorities = new java.util.HashSet<>();
        for (String name : publicNames) {
            authorities.add(name);
            authorities.add(name + ":443");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String name : java.util.List.of(host, "localhost", "127.0.0.1", "[::1]")) {
            String n = name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
            names.add(n);
            for (int port : new int[] {httpPort, httpsPort}) if (port > 0) authorities.add(n + ":" + port);
        }
        verifier.listeningOn(authorities);
        resources.listeningOn(names, httpsPort, graphPort);
    }

    /** Checks bearer tokens for every API of the server. */
    public TokenVerifier verifier() {
        return verifier;
    }

    /** The signing keys, for rotation. */
    public SigningKeyRing keys() {
        return keys;
    }
}
