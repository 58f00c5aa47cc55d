package dev.cerulean.server.tls;

import java.io.IOException;
import java.io.InputStream;
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
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server certificate lives: {@code DATA/tls/cerulean.pem}, the generated key (PKCS#8)
 * and certificate in one owner-only PEM file, created on first start and reused afterwards (a
 * new one only when it lacks a requested name or is about to expire); or PEM files the operator
 * gives. A data directory from before the PEM file, with {@code cerulean.p12} and its password
 * file, is converted once.
 */
public final class CertificateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateFiles.class);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private CertificateFiles() {}

    /** The PEM file (key and certificate) of the generated certificate in a data directory. */
    public static Path generatedStore(Path dataDirectory) {
        return dataDirectory.resolve("tls").resolve("cerulean.pem");
    }

    /** The PKCS#12 file and its password file in which earlier versions kept the generated certificate. */
    static Path legacyStore(Path dataDirectory) {
        return dataDirectory.resolve("tls").resolve("cerulean.p12");
    }

    /**
     * The operator's certificate when {@code pemCertificate} is given (then {@code pemKey} is
     * required), else the generated one for {@code hosts}, created if needed.
     */
    public static ServerCertificate resolve(
            Path dataDirectory, List<String> hosts, Path pemCertificate, Path pemKey, Instant now) {
        if (pemCertificate != null || pemKey != null) {
            if (pemCertificate == null || pemKey == null) {
                throw new IllegalArgumentException("a TLS certificate needs both --tls-cert and --tls-key");
            }
            return fromPem(pemCertificate, pemKey);
        }
        return generated(dataDirectory, SelfSignedCertificate.names(hosts), now);
    }

    static ServerCertificate generated(Path dataDirectory, Set<String> names, Instant now) {
        Path file = generatedStore(dataDirectory);
        ServerCertificate existing = stored(dataDirectory);
        try {
            if (existing != null
                    && covers(existing.leaf(), names)
                    && existing.leaf().getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE))) {
                if (!Files.exists(file)) save(existing, dataDirectory);
                return existing;
            }
        } catch (CertificateParsingException e) {
            LOG.warn("replacing the TLS certificate in {}: its names cannot be read", file, e);
        }
        if (existing != null)
            LOG.info("replacing the TLS certificate in {}: it lacks one of {} or expires soon", file, names);
        ServerCertificate created = SelfSignedCertificate.create(names, now);
        save(created, dataDirectory);
        LOG.info("created a self-signed TLS certificate for {} in {}", names, file);
        return created;
    }

    /** The generated certificate kept in the data directory, or null when there is none (or it is unreadable). */
    private static ServerCertificate stored(Path dataDirectory) {
        Path file = generatedStore(dataDirectory);
        Path legacy = legacyStore(dataDirectory);
        Path legacyPassword = legacy.resolveSibling(legacy.getFileName() + ".password");
        try {
            if (Files.exists(file)) {
                List<X509Certificate> chain = new ArrayList<>();
                List<PrivateKey> keys = new ArrayList<>();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
                    readPem(reader, chain, keys);
                }
                if (chain.isEmpty()) throw new GeneralSecurityException("no certificate");
                if (keys.size() != 1)
                    throw new GeneralSecurityException("expected one private key, found " + keys.size());
                return new ServerCertificate(keys.get(0), chain);
            }
            if (Files.exists(legacy) && Files.exists(legacyPassword)) {
                return readPkcs12(
                        legacy, Files.readString(legacyPassword).strip().toCharArray());
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warn("replacing the unreadable TLS certificate in {}", file, e);
        }
        return null;
    }

    /** Writes the key and chain to the PEM file (owner-only, replaced atomically) and removes a PKCS#12 predecessor. */
    private static void save(ServerCertificate certificate, Path dataDirectory) {
        Path file = generatedStore(dataDirectory);
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp);
            restrict(temp);
            Files.writeString(temp, pem(certificate, true), StandardCharsets.US_ASCII);
            Files.move(
                    temp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Path legacy = legacyStore(dataDirectory);
            Files.deleteIfExists(legacy.resolveSibling(legacy.getFileName() + ".password"));
            Files.deleteIfExists(legacy);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the TLS certificate to " + file, e);
        }
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
        if (!(key instanceof PrivateKey pk) || chain == null)
            throw new GeneralSecurityException("no key entry in " + file);
        List<X509Certificate> certs = new ArrayList<>();
        for (Certificate c : chain) certs.add((X509Certificate) c);
        return new ServerCertificate(pk, certs);
    }

    /** A certificate chain (leaf first) and its private key (PKCS#8, PKCS#1 or EC) from PEM files. */
    public static ServerCertificate fromPem(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(certificateFile)) {
            readPem(reader, chain, new ArrayList<>());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot read the certificate " + certificateFile + ": " + e.getMessage(), e);
        }
        if (chain.isEmpty()) throw new IllegalArgumentException(certificateFile + " holds no PEM certificate");
        PrivateKey key;
        try (Reader reader = Files.newBufferedReader(keyFile);
                PEMParser parser = new PEMParser(reader)) {
            key = privateKey(parser.readObject());
            if (key == null) throw new IllegalArgumentException(keyFile + " holds no unencrypted PEM private key");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the private key " + keyFile + ": " + e.getMessage(), e);
        }
        return new ServerCertificate(key, chain);
    }

    /** Adds every certificate and unencrypted private key of the PEM text, in order; other blocks are skipped. */
    private static void readPem(Reader reader, List<X509Certificate> chain, List<PrivateKey> keys)
            throws IOException, GeneralSecurityException {
        var converter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(reader)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) chain.add(converter.getCertificate(holder));
                PrivateKey key = privateKey(o);
                if (key != null) keys.add(key);
            }
        }
    }

    /** The private key of a parsed PEM object (PKCS#8, or a PKCS#1/EC key pair), or null when it is none. */
    private static PrivateKey privateKey(Object o) throws IOException {
        var keys = new JcaPEMKeyConverter();
        if (o instanceof PEMKeyPair pair) return keys.getPrivateKey(pair.getPrivateKeyInfo());
        if (o instanceof PrivateKeyInfo info) return keys.getPrivateKey(info);
        return null;
    }

    /** The chain as PEM, preceded by the key as PKCS#8 ({@code BEGIN PRIVATE KEY}) when {@code withKey}. */
    static String pem(ServerCertificate certificate, boolean withKey) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            if (withKey) writer.writeObject(new JcaPKCS8Generator(certificate.key(), null));
            for (X509Certificate c : certificate.chain()) writer.writeObject(c);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** The private key alone, as PKCS#8 PEM. */
    static String keyPem(ServerCertificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(certificate.key(), null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** Writes {@code bytes} to a new file that only its owner may read. */
    static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        Files.write(file, new byte[0]);
        restrict(file);
        Files.write(file, bytes);
    }

    /** Writes the certificate chain as PEM: what curl --cacert, Python's requests and Node need. */
    public static void writePem(ServerCertificate certificate, Path file) {
        write(file, pem(certificate, false).getBytes(StandardCharsets.US_ASCII));
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
