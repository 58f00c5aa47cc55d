package dev.cerulean.server.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The certificate the HTTPS listeners present: a private key and its chain, leaf first. Either
 * the one Cerulean generated in its data directory or one the operator brought as PEM files.
 */
public final class ServerCertificate {
    static final String ALIAS = "cerulean";
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private SSLContext context;

    public ServerCertificate(PrivateKey key, List<X509Certificate> chain) {
        this.key = Objects.requireNonNull(key);
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty())
            throw new IllegalArgumentException("a certificate chain needs at least one certificate");
    }

    public PrivateKey key() {
        return key;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /**
     * The TLS context presenting this certificate, built once and shared by every HTTPS listener.
     * Building it is the costly part of TLS at start-up (the JDK's TLS stack initialises on first
     * use), so a caller may ask for it early, on another thread, while other work goes on.
     */
    public synchronized SSLContext sslContext() {
        if (context == null) {
            try {
                // an in-memory JKS store: the key manager reads the key back at once, and JKS protects
                // it with one hash where PKCS#12 derives a key with 10,000 rounds each way
                char[] password = "in-memory".toCharArray();
                KeyStore store = KeyStore.getInstance("JKS");
                store.load(null, null);
                store.setKeyEntry(ALIAS, key, password, chain.toArray(X509Certificate[]::new));
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, password);
                SSLContext created = SSLContext.getInstance("TLS");
                created.init(keys.getKeyManagers(), null, null);
                created.createSSLEngine().getSupportedCipherSuites();
                context = created;
            } catch (GeneralSecurityException | java.io.IOException e) {
                throw new IllegalStateException("cannot build the TLS context", e);
            }
        }
        return context;
    }

    /** A PKCS#12 trust store holding the leaf certificate: what clients need to trust this server. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            X509Certificate trusted = chain.get(chain.size() - 1);
            store.setCertificateEntry(ALIAS, leaf());
            if (trusted != leaf()) store.setCertificateEntry(ALIAS + "-root", trusted);
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
    }
}
