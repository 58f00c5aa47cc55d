package dev.cerulean.server.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where the authorize endpoint may send a code. App registrations carry no reply URLs here, so
 * only addresses that cannot leak a code to another machine are accepted: loopback redirect URIs
 * on any port (RFC 8252, what MSAL's desktop flows use), pages of this server itself, and
 * Microsoft's native-client URI. Anything else is refused without redirecting.
 */
final class RedirectUris {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    static final String NATIVE_CLIENT = "https://login.microsoftonline.com/common/oauth2/nativeclient";

    private RedirectUris() {}

    static boolean allowed(String redirectUri, String ownOrigin) {
        if (redirectUri == null || redirectUri.length() > 2000) return false;
        if (redirectUri.equals(NATIVE_CLIENT)) return true;
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (Exception e) {
            return false;
        }
        if (uri.getFragment() != null || uri.getUserInfo() != null || uri.getHost() == null) return false;
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return false;
        if (LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) return true;
        URI own = URI.create(ownOrigin);
        return scheme.equals(own.getScheme())
                && uri.getHost().equalsIgnoreCase(own.getHost())
                && uri.getPort() == own.getPort();
    }
}
