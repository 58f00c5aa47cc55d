package dev.cerulean.server.portal.azure;

import java.util.List;

/** The view records of Change directory (the Azure portal's modern flow), as its templates render them. */
public final class MoveViews {
    private MoveViews() {}

    /** A directory the subscription may move to. */
    public record Target(String id, String name, String domain) {}

    /** The first step: where to; {@code refused} hides the form when a rule about the person or the offer answered. */
    public record Pick(
            String subscriptionId,
            String subscriptionName,
            String currentDirectory,
            List<Target> targets,
            boolean refused) {}

    /** An assignment the move removes: who (and their sign-in name or app id), which role, where. */
    public record Removed(String principal, String detail, String role, String scope) {}

    /** The removed assignments of one kind of principal (users, groups, service principals, managed identities). */
    public record PrincipalKind(String title, List<Removed> assignments) {}

    public record Review(
            String subscriptionId,
            String subscriptionName,
            String from,
            String fromId,
            String to,
            String toId,
            long version,
            List<String> coAdministrators,
            List<PrincipalKind> assignments,
            List<String> customRoles,
            List<String> identities,
            List<String> keyVaults,
            String serviceAdministratorLosesAccess,
            String planHref) {
        public boolean removesNothing() {
            return coAdministrators.isEmpty() && assignments.isEmpty() && customRoles.isEmpty();
        }
    }

    /** After the move: what happened and the follow-up list. */
    public record Done(
            String subscriptionId, String subscriptionName, String from, String to, List<String> followUps) {}
}
