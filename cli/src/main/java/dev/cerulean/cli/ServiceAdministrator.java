package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Subscription;

/**
 * Whom the operator acts as on the command line for a subscription: its service administrator, in
 * the subscription's directory, so that the core's usual rules apply and the activity log says who.
 */
final class ServiceAdministrator {
    private ServiceAdministrator() {}

    static Caller of(Ports p, Subscription s) {
        ClassicAdministrator admin = s.serviceAdministrator();
        var user = p.directoryUsers().ofPerson(admin.who()).stream()
                .filter(u -> u.directory().equals(s.directory()))
                .map(DirectoryUser::id)
                .findFirst()
                .orElse(null);
        return new Caller(admin.who(), s.directory(), user, admin.email());
    }
}
