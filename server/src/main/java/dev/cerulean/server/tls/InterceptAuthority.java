package dev.cerulean.server.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The certificate authority of interception mode, kept in the data directory: clients are told to
 * trust it (and only it), and it signs the certificate the server presents for its own names and
 * for Azure's public ones. Created on first use; its key never leaves the data directory.
 */
public final class InterceptAuthority {
    public static final String CERTIFICATE_FILE = "intercept-ca.pem";
    static final String KEY_FILE = "intercept-ca.key";
    static final Duration VALIDITY = Duration.ofDays(3650);
    /** Leaves are short-lived and made at each start: clients accept at most about 13 months. */
    static final Duration LEAF_VALIDITY = Duration.ofDays(365);

    private final ServerCertificate authority;
    private final Path certificateFile;

    private InterceptAuthority(ServerCertificate authority, Path certificateFile) {
        this.authority = authority;
        this.certificateFile = certificateFile;
    }

    /** The authority of {@code dataDirectory}, created there (owner-only files) when it has none. */
    public static InterceptAuthority of(Path dataDirectory, Instant now) {
        Path certificate = dataDirectory.resolve(CERTIFICATE_FILE);
        Path key = dataDirectory.resolve(KEY_FILE);
        if (Files.exists(certificate) && Files.exists(key)) {
            return new InterceptAuthority(CertificateFiles.fromPem(certificate, key), certificate);
        }
        KeyPair pair = SelfSignedCertificate.newKeyPair();
        X500Name name = new X500Name("CN=Cerulean interception authority,O=Cerulean");
        X509Certificate ca =
                SelfSignedCertificate.sign(name, pair, name, pair.getPrivate(), Set.of(), true, now, VALIDITY);
        ServerCertificate created = new ServerCertificate(pair.getPrivate(), List.of(ca));
        try {
            Files.createDirectories(dataDirectory);
            CertificateFiles.writeOwnerOnly(
                    key, CertificateFiles.keyPem(created).getBytes(StandardCharsets.US_ASCII));
            CertificateFiles.writeOwnerOnly(
                    certificate, CertificateFiles.pem(created, false).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the interception authority to " + dataDirectory, e);
        }
        return new InterceptAuthority(created, certificate);
    }

    /** The PEM file clients trust (REQUESTS_CA_BUNDLE, SSL_CERT_FILE, NODE_EXTRA_CA_CERTS). */
    public Path certificateFile() {
        return certificateFile;
    }

    public X509Certificate certificate() {
        return authority.leaf();
    }

    /** Writes a PKCS#12 trust store holding this authority's certificate only (for Java clients). */
    public void writeTrustStore(Path file, char[] password) {
        try {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("cerulean-intercept", authority.leaf());
            var bytes = new java.io.ByteArrayOutputStream();
            store.store(bytes, password);
            Files.write(file, bytes.toByteArray());
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the trust store " + file, e);
        }
    }

    /** A server certificate for {@code names}, signed by this authority (chain: leaf, authority). */
    public ServerCertificate issue(Set<String> names, Instant now) {
        KeyPair pair = SelfSignedCertificate.newKeyPair();
        X509Certificate leaf = SelfSignedCertificate.sign(
                new X500Name("CN=Cerulean (" + names.iterator().next() + "),O=Cerulean"),
                pair,
                X500Name.getInstance(authority.leaf().getSubjectX500Principal().getEncoded()),
                authority.key(),
                names,
                false,
                now,
                LEAF_VALIDITY);
        return new ServerCertificate(pair.getPrivate(), List.of(leaf, authority.leaf()));
    }
}
