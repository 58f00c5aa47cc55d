package dev.cerulean.server.identity;

import dev.cerulean.core.directory.AppRegistration;

/**
 * The client of a user flow: any known client; a registered app that sends a secret must send
 * the right one (then it is a confidential client); public clients send none.
 */
record PersonalClient(Clients.Client client, boolean authenticated) {

    static PersonalClient of(Clients clients, TokenRequest request) {
        ClientCredentials credentials = ClientCredentials.of(request);
        if (credentials.secret() != null) {
            AppRegistration app = clients.authenticate(credentials);
            return new PersonalClient(new Clients.Client(app.clientId(), app.displayName(), app), true);
        }
        return new PersonalClient(clients.require(credentials.clientId()), false);
    }
}
