package dev.cerulean.server.arm;

import java.util.Set;

/** The ARM table of docs/compatibility.md, for the test of the routes documented elsewhere. */
public final class CompatibilityDocTestSupport {
    private CompatibilityDocTestSupport() {}

    public static Set<String> armRows() throws Exception {
        return CompatibilityDocTest.documented("## Azure Resource Manager", "## Microsoft Graph");
    }
}
