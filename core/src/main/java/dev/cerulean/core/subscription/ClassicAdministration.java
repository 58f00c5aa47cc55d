package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import java.util.List;

/**
 * Who the classic portal treats as an administrator of a subscription: the service
 * administrator (unless it lost access in a directory change, R13) and the co-administrators,
 * signed in through the directory the subscription trusts.
 */
final class ClassicAdministration {
    private ClassicAdministration() {}

    static boolean isClassicAdministrator(Subscription s, List<CoAdministrator> coAdministrators, Caller caller) {
        if (caller == null || !s.directory().equals(caller.directory())) return false;
        return isServiceAdministrator(s, caller.identity()) || isCoAdministrator(coAdministrators, caller.identity());
    }

    static boolean isServiceAdministrator(Subscription s, Identity who) {
        return !s.serviceAdministratorLostAccess()
                && s.serviceAdministrator().who().equals(who);
    }

    static boolean isCoAdministrator(List<CoAdministrator> coAdministrators, Identity who) {
        return coAdministrators.stream().anyMatch(c -> c.administrator().who().equals(who));
    }
}
