package dev.cerulean.server.identity;

import dev.cerulean.core.directory.AppRegistration;
import java.util.Map;

/**
 * {@code client_credentials}: an app signs in as itself with its secret (post or basic) and gets a
 * token for {@code <resource>/.default}. The app must belong to the tenant named in the path
 * (multi-tenant apps are not modelled); the aliases are refused as Microsoft refuses them.
 */
final class ClientCredentialsGrant implements GrantHandler {
    private final Clients clients;
    private final ResourceScopes resources;
    private final TokenIssuer issuer;

    ClientCredentialsGrant(Clients clients, ResourceScopes resources, TokenIssuer issuer) {
        this.clients = clients;
        this.resources = resources;
        this.issuer = issuer;
    }

    @Override
    public Map<String, Object> grant(TokenRequest request) {
        if (!request.tenant().isDirectory()) {
            throw OAuthError.invalidRequest(
                    1002012,
                    "Use a tenant-specific endpoint or configure the application to be "
                            + "multi-tenant: the client credentials flow needs a tenant, not /"
                            + request.tenant().segment() + ".");
        }
        RequestedScopes scopes = resources.parse(request.param("scope"), request.origin(), false);
        AppRegistration app = clients.authenticate(ClientCredentials.of(request));
        if (!app.directory().equals(request.tenant().directory())) {
            throw OAuthError.unauthorizedClient(
                    700016,
                    "Application with identifier '" + app.clientId() + "' was not found in the directory '"
                            + request.tenant().segment() + "'.");
        }
        return issuer.forApp(app, scopes, request.origin());
    }
}
