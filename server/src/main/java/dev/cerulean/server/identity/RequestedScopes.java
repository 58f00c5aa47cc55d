package dev.cerulean.server.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scopes of one token request, split into the OpenID Connect scopes (which MSAL always adds,
 * in any order) and the scopes of the one resource the access token is for.
 */
public record RequestedScopes(Resource resource, List<String> resourceScopes, Set<String> oidcScopes) {

    /** The resource an access token is for: ARM or Microsoft Graph, with the {@code aud} to put in the token. */
    public record Resource(Kind kind, String audience) {
        public enum Kind {
            ARM,
            GRAPH
        }
    }

    public RequestedScopes {
        resourceScopes = List.copyOf(resourceScopes);
        oidcScopes = Set.copyOf(oidcScopes);
    }

    /** True when only {@code <resource>/.default} was asked: an app's (or user's) static permissions. */
    public boolean isDefault() {
        return resourceScopes.stream().allMatch(s -> s.endsWith("/.default"));
    }

    /** The delegated permissions of a user token ({@code scp}). */
    public String delegatedPermissions() {
        if (resource.kind() == Resource.Kind.ARM) return "user_impersonation";
        if (isDefault()) return "Directory.AccessAsUser.All User.Read";
        Set<String> named = new LinkedHashSet<>();
        for (String s : resourceScopes) {
            int slash = s.lastIndexOf('/');
            named.add(slash >= 0 ? s.substring(slash + 1) : s);
        }
        return String.join(" ", named);
    }

    /** The {@code scope} of the token response: the resource scopes as asked, then the OIDC ones. */
    public String responseScope(boolean userFlow) {
        List<String> all = new ArrayList<>(resourceScopes);
        if (userFlow) {
            for (String s : List.of("openid", "profile", "email", "offline_access")) {
                if (oidcScopes.contains(s)) all.add(s);
            }
        }
        return String.join(" ", all);
    }

    /** Every scope, resource ones first, for storing with a code or refresh token. */
    public List<String> all() {
        List<String> all = new ArrayList<>(resourceScopes);
        all.addAll(oidcScopes.stream().sorted().toList());
        return all;
    }
}
