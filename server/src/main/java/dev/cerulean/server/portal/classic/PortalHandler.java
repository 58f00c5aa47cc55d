package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.server.page.Messages;
import io.javalin.http.Context;

/** A portal page's handler: runs only for a signed-in person, in the page's language. */
@FunctionalInterface
public interface PortalHandler {
    void handle(Context ctx, Caller caller, Messages m) throws Exception;
}
