package dev.cerulean.server.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed EC P-256 certificate for a local Cerulean: subject alternative names localhost,
 * 127.0.0.1 and ::1 plus the names the operator adds, valid for about two years.
 */
public final class SelfSignedCertificate {
    public static final Duration VALIDITY = Duration.ofDays(730);
    static final List<String> ALWAYS = List.of("localhost", "127.0.0.1", "::1");

    private SelfSignedCertificate() {}

    /** The names a certificate for {@code extra} must carry: the local ones first, then the rest, without wildcards. */
    public static Set<String> names(List<String> extra) {
        Set<String> names = new LinkedHashSet<>(ALWAYS);
        for (String name : extra) {
            if (name == null) continue;
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.startsWith("[") && n.endsWith("]")) n = n.substring(1, n.length() - 1);
            if (n.isEmpty() || n.equals("0.0.0.0") || n.equals("::")) continue;
            names.add(n);
        }
        return names;
    }

    public static ServerCertificate create(Set<String> names, Instant now) {
        KeyPair pair = newKeyPair();
        X500Name subject = new X500Name("CN=Cerulean local (" + names.iterator().next() + "),O=Cerulean");
        return new ServerCertificate(
                pair.getPrivate(),
                List.of(sign(subject, pair, subject, pair.getPrivate(), names, false, now, VALIDITY)));
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create an EC key pair", e);
        }
    }

    /**
     * A certificate for {@code subject}'s key, signed by {@code issuerKey}: a server certificate for
     * {@code names}, or (when {@code authority}) a certificate authority that may sign server
     * certificates and nothing below them.
     */
    static X509Certificate sign(
            X500Name subject,
            KeyPair subjectKeys,
            X500Name issuer,
            java.security.PrivateKey issuerKey,
            Set<String> names,
            boolean authority,
            Instant now,
            Duration validity) {
        try {
            var builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    new BigInteger(127, new SecureRandom()),
                    Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(validity)),
                    subject,
                    subjectKeys.getPublic());
            if (authority) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(generalNames(names)));
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(
                        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            }
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot create a certificate", e);
        }
    }

    private static GeneralName[] generalNames(Set<String> names) {
        List<GeneralName> out = new ArrayList<>();
        for (String name : names) {
            out.add(
                    isAddress(name)
                            ? new GeneralName(GeneralName.iPAddress, name)
                            : new GeneralName(GeneralName.dNSName, name));
        }
        return out.toArray(GeneralName[]::new);
    }

    static boolean isAddress(String name) {
        if (name.contains(":")) return true;
        if (!name.matches("[0-9.]+")) return false;
        try {
            InetAddress.getByName(name);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
