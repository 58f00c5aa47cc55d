package dev.cerulean.server.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The certificate the HTTPS listeners present: a private key and its chain, leaf first. Either
 * the one Cerulean generated in its data directory or one the operator brought as PEM files.
 */
public record ServerCertificate(PrivateKey key, List<X509Certificate> chain) {
    static final String ALIAS = "cerulean";

    public ServerCertificate {
        Objects.requireNonNull(key);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) throw new IllegalArgumentException("a certificate chain needs at least one certificate");
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /** The key and chain as an in-memory PKCS#12 key store, for the TLS listeners. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain.toArray(X509Certificate[]::new));
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the TLS key store", e);
        }
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
