package dev.cerulean.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server certificate lives: {@code DATA/tls/cerulean.p12} with its generated password
 * in {@code DATA/tls/cerulean.p12.password}, created on first start and reused afterwards (a new
 * one only when it lacks a requested name or is about to expire); or PEM files the operator gives.
 */
public final class CertificateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateFiles.class);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private CertificateFiles() {}

    /** The PKCS#12 file of the generated certificate in a data directory. */
    public static Path generatedStore(Path dataDirectory) {
        return dataDirectory.resolve("tls").resolve("cerulean.p12");
    }

    /**
     * The operator's certificate when {@code pemCertificate} is given (then {@code pemKey} is
     * required), else the generated one for {@code hosts}, created if needed.
     */
    public static ServerCertificate resolve(Path dataDirectory, List<String> hosts, Path pemCertificate, Path pemKey,
                                            Instant now) {
        if (pemCertificate != null || pemKey != null) {
            if (pemCertificate == null || pemKey == null) {
                throw new IllegalArgumentException("a TLS certificate needs both --tls-cert and --tls-key");
            }
            return fromPem(pemCertificate, pemKey);
        }
        return generated(dataDirectory, SelfSignedCertificate.names(hosts), now);
    }

    static ServerCertificate generated(Path dataDirectory, Set<String> names, Instant now) {
        Path store = generatedStore(dataDirectory);
        Path passwordFile = store.resolveSibling(store.getFileName() + ".password");
        if (Files.exists(store) && Files.exists(passwordFile)) {
            try {
                ServerCertificate existing = readPkcs12(store, Files.readString(passwordFile).strip().toCharArray());
                if (covers(existing.leaf(), names) && existing.leaf().getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE))) {
                    return existing;
                }
                LOG.info("replacing the TLS certificate in {}: it lacks one of {} or expires soon", store, names);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                LOG.warn("replacing the unreadable TLS certificate in {}", store, e);
            }
        }
        ServerCertificate created = SelfSignedCertificate.create(names, now);
        char[] password = newPassword();
        try {
            Files.createDirectories(store.getParent());
            writePrivate(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
            Path temp = store.resolveSibling(store.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                created.keyStore(password).store(out, password);
            }
            restrict(temp);
            Files.move(temp, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the TLS certificate to " + store, e);
        }
        LOG.info("created a self-signed TLS certificate for {} in {}", names, store);
        return created;
    }

    static boolean covers(X509Certificate certificate, Set<String> names) throws CertificateParsingException {
        Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
        Set<String> present = new HashSet<>();
        if (sans != null) for (List<?> san : sans) present.add(normalised(String.valueOf(san.get(1))));
        return names.stream().map(CertificateFiles::normalised).allMatch(present::contains);
    }

    private static String normalised(String name) {
        if (!SelfSignedCertificate.isAddress(name)) return name.toLowerCase(java.util.Locale.ROOT);
        try {
            return java.net.InetAddress.getByName(name).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return name;
        }
    }

    static ServerCertificate readPkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        Key key = store.getKey(ServerCertificate.ALIAS, password);
        Certificate[] chain = store.getCertificateChain(ServerCertificate.ALIAS);
        if (!(key instanceof PrivateKey pk) || chain == null) throw new GeneralSecurityException("no key entry in " + file);
        List<X509Certificate> certs = new ArrayList<>();
        for (Certificate c : chain) certs.add((X509Certificate) c);
        return new ServerCertificate(pk, certs);
    }

    /** A certificate chain (leaf first) and its private key (PKCS#8, PKCS#1 or EC) from PEM files. */
    public static ServerCertificate fromPem(Path certificateFile, Path keyFile) {
        var converter = new JcaX509CertificateConverter();
        List<X509Certificate> chain = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(certificateFile); PEMParser parser = new PEMParser(reader)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) chain.add(converter.getCertificate(holder));
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the certificate " + certificateFile + ": " + e.getMessage(), e);
        }
        if (chain.isEmpty()) throw new IllegalArgumentException(certificateFile + " holds no PEM certificate");
        PrivateKey key;
        try (Reader reader = Files.newBufferedReader(keyFile); PEMParser parser = new PEMParser(reader)) {
            Object o = parser.readObject();
            var keys = new JcaPEMKeyConverter();
            if (o instanceof PEMKeyPair pair) key = keys.getPrivateKey(pair.getPrivateKeyInfo());
            else if (o instanceof PrivateKeyInfo info) key = keys.getPrivateKey(info);
            else throw new IllegalArgumentException(keyFile + " holds no unencrypted PEM private key");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the private key " + keyFile + ": " + e.getMessage(), e);
        }
        return new ServerCertificate(key, chain);
    }

    /** Writes the certificate chain as PEM: what curl --cacert, Python's requests and Node need. */
    public static void writePem(ServerCertificate certificate, Path file) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            for (X509Certificate c : certificate.chain()) pem.writeObject(new JcaMiscPEMGenerator(c));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes a PKCS#12 trust store: what Java clients need (javax.net.ssl.trustStore). */
    public static void writeTrustStore(ServerCertificate certificate, Path file, char[] password) {
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            certificate.trustStore().store(bytes, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        write(file, bytes.toByteArray());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static char[] newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    private static void writePrivate(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        restrict(file);
    }

    /** Owner-only access where the file system knows POSIX permissions. */
    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the data directory's own protection applies
        }
    }

    /** When the certificate stops being valid. */
    public static Instant notAfter(ServerCertificate certificate) {
        return certificate.leaf().getNotAfter().toInstant();
    }
}
