package dev.cerulean.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AzurePublicNamesTest {
    @Test
    void graphReachedUnderItsPublicNameSendsPeopleToAzuresLoginOrigin() {
        // the proxy answers Azure's names on 443 only, so a link must not name the main port
        assertThat(AzurePublicNames.mainOriginFor("graph.microsoft.com", 8443))
                .isEqualTo(URI.create("https://login.microsoftonline.com"));
        assertThat(AzurePublicNames.mainOriginFor("Graph.Microsoft.com:443", 8443))
                .isEqualTo(URI.create("https://login.microsoftonline.com"));
    }

    @Test
    void graphReachedUnderAnOwnNameSendsPeopleToTheMainPortUnderThatName() {
        assertThat(AzurePublicNames.mainOriginFor("127.0.0.1", 8443)).isEqualTo(URI.create("https://127.0.0.1:8443"));
        assertThat(AzurePublicNames.mainOriginFor("[::1]", 9443)).isEqualTo(URI.create("https://[::1]:9443"));
    }

    @Test
    void onlyResourceManagersNamesAreManagement() {
        assertThat(AzurePublicNames.isManagement("management.azure.com:443")).isTrue();
        assertThat(AzurePublicNames.isManagement("management.core.windows.net")).isTrue();
        assertThat(AzurePublicNames.isManagement("graph.microsoft.com")).isFalse();
        assertThat(AzurePublicNames.isManagement("management.azure.com:8443")).isFalse();
    }
}
