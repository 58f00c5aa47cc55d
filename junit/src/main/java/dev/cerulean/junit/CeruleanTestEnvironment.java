package dev.cerulean.junit;

import dev.cerulean.junit.azure.CeruleanAzure;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A running Cerulean as a test uses it: its endpoints, the ids and credentials of its world, and
 * the trust material for its self-signed certificate. Everything here is a plain Java value; the
 * Azure SDK for Java's types are in {@link #azure()}, for tests that have the SDK.
 *
 * <p>Every HTTPS endpoint is on {@code localhost}, the name the certificate and the tokens'
 * audiences carry.
 */
public final class CeruleanTestEnvironment {
    private final InProcessCerulean cerulean;
    private final TrustManagerFactory trust;
    private final SSLContext ssl;

    CeruleanTestEnvironment(InProcessCerulean cerulean) {
        this.cerulean = cerulean;
        try {
            KeyStore store = cerulean.certificate.trustStore();
            trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            ssl = SSLContext.getInstance("TLS");
            ssl.init(null, trust.getTrustManagers(), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust Cerulean's certificate", e);
        }
    }

    // --- endpoints ---

    /** The identity platform, e.g. {@code https://localhost:50123}: azure-identity's {@code authorityHost}. */
    public String authorityHost() {
        return "https://localhost:" + cerulean.server.httpsPort();
    }

    /** An MSAL authority for a tenant (an id or a domain): {@code https://localhost:50123/{tenant}/}. */
    public String msalAuthority(String tenant) {
        return authorityHost() + "/" + tenant + "/";
    }

    /** Azure Resource Manager, e.g. {@code https://localhost:50123} (the same listener as the identity platform). */
    public String armEndpoint() {
        return authorityHost();
    }

    /** Microsoft Graph's host, e.g. {@code https://localhost:50124}. */
    public String graphEndpoint() {
        return "https://localhost:" + cerulean.server.graphPort();
    }

    /** Microsoft Graph's v1.0 base URL, e.g. {@code https://localhost:50124/v1.0}: the Graph SDK's base URL. */
    public String graphBaseUrl() {
        return graphEndpoint() + "/v1.0";
    }

    /** The plain HTTP listener of the portals and {@code /health}, e.g. {@code http://localhost:50125}. */
    public String httpUrl() {
        return "http://localhost:" + cerulean.server.port();
    }

    // --- the world ---

    /** The id of the directory (tenant) with this display name, e.g. {@code tenantId("Contoso")}. */
    public String tenantId(String directoryName) {
        return cerulean.world.tenantId(directoryName);
    }

    /** The id of the subscription with this display name, e.g. {@code subscriptionId("Pay-As-You-Go")}. */
    public String subscriptionId(String subscriptionName) {
        return cerulean.world.subscriptionId(subscriptionName);
    }

    /** The id of the directory that the named subscription trusts: where its callers get their tokens. */
    public String tenantOfSubscription(String subscriptionName) {
        return cerulean.world.tenantOfSubscription(subscriptionName);
    }

    /** The named app registration's directory, client id and secret, e.g. {@code app("demo-automation")}. */
    public AppCredentials app(String appName) {
        return cerulean.world.app(appName);
    }

    /** A work account's home directory and password, by user principal name. */
    public UserCredentials user(String userPrincipalName) {
        return cerulean.world.user(userPrincipalName);
    }

    // --- trust ---

    /** A TLS context that trusts Cerulean's certificate (and nothing else). */
    public SSLContext sslContext() {
        return ssl;
    }

    public TrustManagerFactory trustManagerFactory() {
        return trust;
    }

    /** The trust manager for clients that want one (OkHttp's {@code sslSocketFactory(factory, trustManager)}). */
    public X509TrustManager trustManager() {
        return (X509TrustManager) trust.getTrustManagers()[0];
    }

    /** The certificate as PEM: for curl's {@code --cacert}, {@code REQUESTS_CA_BUNDLE}, {@code NODE_EXTRA_CA_CERTS}. */
    public Path certificatePem() {
        return cerulean.certificatePem;
    }

    /** The certificate in a PKCS#12 trust store (password {@link #trustStorePassword()}): {@code javax.net.ssl.trustStore}. */
    public Path trustStore() {
        return cerulean.trustStore;
    }

    public String trustStorePassword() {
        return InProcessCerulean.TRUST_STORE_PASSWORD;
    }

    /** A JDK HTTP client that trusts Cerulean's certificate. */
    public HttpClient httpClient() {
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    /**
     * The Azure SDK for Java pointed at this Cerulean. Needs azure-identity (and so azure-core and
     * azure-core-http-netty) and azure-core-management on the test's class path.
     */
    public CeruleanAzure azure() {
        try {
            return new CeruleanAzure(this);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "the Azure SDK for Java is not on the test's class path: add com.azure:azure-identity "
                            + "and com.azure:azure-core-management (" + e.getMessage() + ")",
                    e);
        }
    }

    @Override
    public String toString() {
        return "Cerulean at " + authorityHost() + " (Graph " + graphEndpoint() + ")";
    }
}
