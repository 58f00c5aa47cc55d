package dev.cerulean.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.HealthyStore;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.StoreStatus;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final StoreStatus STORE = HealthyStore.H2;

    @TempDir
    Path data;

    private CeruleanServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private CeruleanServer started(ServerCertificate certificate) {
        server = new CeruleanServer(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()), STORE)
                .start(Listeners.anyFreePorts(certificate));
        return server;
    }

    private static HttpClient trusting(Path trustStore, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, password);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientTrustingTheExportedTrustStoreReachesHealthOverHttps() throws Exception {
        ServerCertificate certificate = CertificateFiles.resolve(data, List.of(), null, null, NOW);
        Path trustStore = data.resolve("export/trust.p12");
        CertificateFiles.writeTrustStore(certificate, trustStore, "changeit".toCharArray());
        started(certificate);
        HttpClient client = trusting(trustStore, "changeit".toCharArray());

        var identity = get(client, "https://localhost:" + server.httpsPort() + "/health");
        var graph = get(client, "https://127.0.0.1:" + server.graphPort() + "/health");
        var plain = get(HttpClient.newHttpClient(), "http://localhost:" + server.port() + "/health");

        assertThat(identity.statusCode()).isEqualTo(200);
        assertThat(graph.statusCode()).isEqualTo(200);
        assertThat(plain.statusCode()).isEqualTo(200);
    }

    @Test
    void theMetadataDocumentNamesTheGraphPortTheServerListensOn() throws Exception {
        ServerCertificate certificate = CertificateFiles.resolve(data, List.of(), null, null, NOW);
        Path trustStore = data.resolve("trust-metadata.p12");
        CertificateFiles.writeTrustStore(certificate, trustStore, "pw".toCharArray());
        started(certificate);

        var metadata = get(
                trusting(trustStore, "pw".toCharArray()),
                "https://localhost:" + server.httpsPort() + "/metadata/endpoints?api-version=2022-09-01");

        assertThat(server.graphPort()).isNotEqualTo(8444);
        assertThat(metadata.body()).contains("\"graph\":\"https://localhost:" + server.graphPort() + "/\"");
    }

    @Test
    void theGraphPortServesOnlyGraph() throws Exception {
        ServerCertificate certificate = CertificateFiles.resolve(data, List.of(), null, null, NOW);
        Path trustStore = data.resolve("trust.p12");
        CertificateFiles.writeTrustStore(certificate, trustStore, "pw".toCharArray());
        started(certificate);

        var response =
                get(trusting(trustStore, "pw".toCharArray()), "https://localhost:" + server.graphPort() + "/metrics");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aClientWithoutTheTrustStoreRefusesTheCertificate() {
        started(CertificateFiles.resolve(data, List.of(), null, null, NOW));

        assertThatThrownBy(() -> get(HttpClient.newHttpClient(), "https://localhost:" + server.httpsPort() + "/health"))
                .hasCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theGeneratedCertificateNamesLocalhostTheLoopbackAddressesAndTheGivenHosts() throws Exception {
        X509Certificate leaf = CertificateFiles.resolve(
                        data, List.of("cerulean.example.test", "0.0.0.0"), null, null, NOW)
                .leaf();

        Set<String> names = leaf.getSubjectAlternativeNames().stream()
                .map(san -> String.valueOf(san.get(1)))
                .collect(Collectors.toSet());

        assertThat(names)
                .contains("localhost", "127.0.0.1", "cerulean.example.test")
                .anySatisfy(n -> assertThat(n).matches("0:0:0:0:0:0:0:1|::1"))
                .doesNotContain("0.0.0.0");
        assertThat(leaf.getNotAfter().toInstant()).isAfter(NOW.plus(java.time.Duration.ofDays(700)));
        assertThat(Files.exists(CertificateFiles.generatedStore(data))).isTrue();
    }

    @Test
    void theGeneratedCertificateIsReusedOnLaterStarts() {
        X509Certificate first =
                CertificateFiles.resolve(data, List.of(), null, null, NOW).leaf();

        X509Certificate second = CertificateFiles.resolve(data, List.of(), null, null, NOW.plusSeconds(86_400))
                .leaf();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theGeneratedKeyAndCertificateAreKeptInOneOwnerOnlyPemFile() throws Exception {
        ServerCertificate created = CertificateFiles.resolve(data, List.of(), null, null, NOW);

        Path file = CertificateFiles.generatedStore(data);
        String text = Files.readString(file);
        assertThat(text).startsWith("-----BEGIN PRIVATE KEY-----").contains("-----BEGIN CERTIFICATE-----");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(CertificateFiles.fromPem(file, file).key()).isEqualTo(created.key());
    }

    @Test
    void aPemFileWrittenByAnEarlierVersionIsReused() throws Exception {
        ServerCertificate earlier = SelfSignedCertificate.create(SelfSignedCertificate.names(List.of()), NOW);
        Path file = CertificateFiles.generatedStore(data);
        Files.createDirectories(file.getParent());
        // the layout earlier versions wrote by hand: PKCS#8 key, then the chain, 64-column base64, \n line ends
        var base64 = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'});
        Files.writeString(
                file,
                "-----BEGIN PRIVATE KEY-----\n"
                        + base64.encodeToString(earlier.key().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\n"
                        + base64.encodeToString(earlier.leaf().getEncoded()) + "\n-----END CERTIFICATE-----\n");

        ServerCertificate reused = CertificateFiles.resolve(data, List.of(), null, null, NOW);

        assertThat(reused.leaf()).isEqualTo(earlier.leaf());
        assertThat(reused.key()).isEqualTo(earlier.key());
    }

    @Test
    void aCertificateKeptAsPkcs12ByAnEarlierVersionIsReusedAndConvertedToPem() throws Exception {
        ServerCertificate earlier = SelfSignedCertificate.create(SelfSignedCertificate.names(List.of()), NOW);
        Path p12 = CertificateFiles.legacyStore(data);
        Files.createDirectories(p12.getParent());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                ServerCertificate.ALIAS,
                earlier.key(),
                "secret".toCharArray(),
                earlier.chain().toArray(X509Certificate[]::new));
        try (var out = Files.newOutputStream(p12)) {
            store.store(out, "secret".toCharArray());
        }
        Files.writeString(p12.resolveSibling("cerulean.p12.password"), "secret\n");

        ServerCertificate reused = CertificateFiles.resolve(data, List.of(), null, null, NOW);

        assertThat(reused.leaf()).isEqualTo(earlier.leaf());
        assertThat(Files.exists(CertificateFiles.generatedStore(data))).isTrue();
        assertThat(Files.exists(p12)).isFalse();
        assertThat(Files.exists(p12.resolveSibling("cerulean.p12.password"))).isFalse();
        assertThat(CertificateFiles.resolve(data, List.of(), null, null, NOW).leaf())
                .isEqualTo(earlier.leaf());
    }

    @Test
    void anUnreadableCertificateFileIsReplacedByANewCertificate() throws Exception {
        X509Certificate first =
                CertificateFiles.resolve(data, List.of(), null, null, NOW).leaf();
        Files.writeString(CertificateFiles.generatedStore(data), "-----BEGIN PRIVATE KEY-----\nnot base64!\n");

        X509Certificate replaced =
                CertificateFiles.resolve(data, List.of(), null, null, NOW).leaf();

        assertThat(replaced).isNotEqualTo(first);
        assertThat(CertificateFiles.resolve(data, List.of(), null, null, NOW).leaf())
                .isEqualTo(replaced);
    }

    @Test
    void aNewHostNameOrNearExpiryReplacesTheGeneratedCertificate() {
        X509Certificate first =
                CertificateFiles.resolve(data, List.of(), null, null, NOW).leaf();

        X509Certificate withHost = CertificateFiles.resolve(data, List.of("box.example.test"), null, null, NOW)
                .leaf();
        X509Certificate late = CertificateFiles.resolve(
                        data, List.of("box.example.test"), null, null, NOW.plus(java.time.Duration.ofDays(720)))
                .leaf();

        assertThat(withHost).isNotEqualTo(first);
        assertThat(late).isNotEqualTo(withHost);
    }

    @Test
    void aUserSuppliedPemCertificateReplacesTheGeneratedOne() throws Exception {
        ServerCertificate own = SelfSignedCertificate.create(Set.of("localhost", "own.example.test"), NOW);
        Path cert = data.resolve("own.crt");
        Path key = data.resolve("own.key");
        CertificateFiles.writePem(own, cert);
        // PKCS#8, as openssl genpkey writes it
        Files.writeString(
                key,
                "-----BEGIN PRIVATE KEY-----\n"
                        + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(own.key().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        ServerCertificate used = CertificateFiles.resolve(data, List.of(), cert, key, NOW);
        Path trustStore = data.resolve("trust.p12");
        CertificateFiles.writeTrustStore(own, trustStore, "pw".toCharArray());
        started(used);

        var response =
                get(trusting(trustStore, "pw".toCharArray()), "https://localhost:" + server.httpsPort() + "/health");

        assertThat(used.leaf()).isEqualTo(own.leaf());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Files.exists(CertificateFiles.generatedStore(data))).isFalse();
    }

    @Test
    void aCertificateWithoutItsKeyIsRefused() throws Exception {
        Path cert = data.resolve("own.crt");
        CertificateFiles.writePem(SelfSignedCertificate.create(Set.of("localhost"), NOW), cert);

        assertThatThrownBy(() -> CertificateFiles.resolve(data, List.of(), cert, null, NOW))
                .hasMessageContaining("--tls-key");
    }
}
