package dev.cerulean.server.portal.classic;

import dev.cerulean.core.move.RequestDirectoryLink;
import java.time.Duration;

/**
 * How the portals behave: how long a "Use existing directory" request waits for a Global
 * Administrator's Continue (default one hour) before it expires.
 */
public record PortalSettings(Duration linkRequestExpiry) {
    public static final PortalSettings DEFAULT = new PortalSettings(RequestDirectoryLink.DEFAULT_EXPIRY);

    public PortalSettings {
        if (linkRequestExpiry == null || linkRequestExpiry.isNegative() || linkRequestExpiry.isZero()) {
            throw new IllegalArgumentException("the link request expiry must be positive");
        }
    }
}
