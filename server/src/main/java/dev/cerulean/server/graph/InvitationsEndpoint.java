package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.InviteGuest;
import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code POST /v1.0/invitations}: B2B invitation of another directory's work account. The guest
 * exists at once with its invitation PendingAcceptance; the person redeems it on the page
 * {@link InvitationRedemptionPage} serves on the main port. No email is sent, whatever
 * {@code sendInvitationMessage} says: the redeem URL in the answer is the only way in.
 */
final class InvitationsEndpoint {
    private static final Set<String> PROPERTIES = Set.of(
            "invitedUserEmailAddress",
            "inviteRedirectUrl",
            "sendInvitationMessage",
            "invitedUserDisplayName",
            "invitedUserType",
            "invitedUserMessageInfo");

    private final GraphRequests requests;
    private final InviteGuest inviteGuest;
    private final IdGenerator ids;
    private final Function<String, URI> redeemBase;

    InvitationsEndpoint(
            GraphRequests requests, InviteGuest inviteGuest, IdGenerator ids, Function<String, URI> redeemBase) {
        this.requests = requests;
        this.inviteGuest = inviteGuest;
        this.ids = ids;
        this.redeemBase = redeemBase;
    }

    GraphResponse create(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.INVITE_GUESTS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, PROPERTIES, "microsoft.graph.invitation");
        String email = GraphJson.requiredString(body, "invitedUserEmailAddress");
        String redirect = GraphJson.requiredString(body, "inviteRedirectUrl");
        if (!absoluteUrl(redirect))
            throw GraphException.badRequest("inviteRedirectUrl", "an absolute http(s) URL is expected.");
        Boolean send = GraphJson.optionalBoolean(body, "sendInvitationMessage");
        GraphJson.optionalString(body, "invitedUserDisplayName");
        GraphJson.optionalObject(body, "invitedUserMessageInfo");
        String type = GraphJson.optionalString(body, "invitedUserType");
        if (type != null && !type.equalsIgnoreCase("Guest")) {
            throw GraphException.badRequest("invitedUserType", "only 'Guest' is supported.");
        }
        Outcome<DirectoryUser> outcome =
                requests.attempt(() -> inviteGuest.invite(caller.caller(), caller.directory(), email));
        if (outcome.code() == RuleCode.UserNotFound || outcome.code() == RuleCode.InvalidEmail) {
            // Invitations reach only accounts Cerulean knows: say so about the address, not as a missing resource.
            throw GraphException.badRequest(
                    "invitedUserEmailAddress",
                    "no work account with the address '" + GraphRequests.shorten(email)
                            + "' exists in this Cerulean instance.");
        }
        DirectoryUser guest = requests.outcome(outcome);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.context", query.context("invitations/$entity"));
        json.put("id", ids.newId().toString());
        json.put("inviteRedeemUrl", redeemUrl(ctx, caller, guest));
        json.put("invitedUserDisplayName", guest.displayName());
        json.put(
                "invitedUserEmailAddress",
                guest.mail() == null ? email : guest.mail().value());
        json.put("invitedUserType", "Guest");
        json.put("inviteRedirectUrl", redirect);
        json.put("resetRedemption", false);
        json.put("sendInvitationMessage", Boolean.TRUE.equals(send));
        json.put("status", "PendingAcceptance");
        json.put("invitedUser", Map.of("id", guest.id().toString()));
        return GraphResponse.created(json);
    }

    /** On the main port, under the host name the client used for Graph (the same machine, as the client knows it). */
    private String redeemUrl(Context ctx, GraphCaller caller, DirectoryUser guest) {
        String base = redeemBase.apply(hostName(ctx)).toString().replaceAll("/+$", "");
        return base + InvitationRedemptionPage.PATH + "?tenant=" + caller.directory() + "&user=" + guest.id();
    }

    /** The Host header without its port ({@code [::1]:8444} keeps its brackets); localhost when there is none. */
    static String hostName(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) return "localhost";
        host = host.trim();
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) host = host.substring(0, colon);
        return host.matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]") ? host : "localhost";
    }

    private static boolean absoluteUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
