package dev.cerulean.server.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * PEM text with the JDK alone: certificates and PKCS#8 private keys, the two forms Cerulean writes
 * for its generated certificate. Reading them this way at every start costs a few milliseconds,
 * where a password-protected PKCS#12 file costs three PBKDF2 derivations of 10,000 rounds.
 */
final class Pem {
    private static final String CERTIFICATE = "CERTIFICATE", PRIVATE_KEY = "PRIVATE KEY";

    private Pem() {}

    static String certificates(List<X509Certificate> chain) {
        StringBuilder text = new StringBuilder();
        try {
            for (X509Certificate c : chain) block(text, CERTIFICATE, c.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    static String privateKey(PrivateKey key) {
        return block(new StringBuilder(), PRIVATE_KEY, key.getEncoded()).toString();
    }

    /** Every certificate of the text, in order; none when it holds no certificate block. */
    static List<X509Certificate> readCertificates(String text) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> chain = new ArrayList<>();
        for (byte[] der : blocks(text, CERTIFICATE)) {
            Certificate c = factory.generateCertificate(new ByteArrayInputStream(der));
            chain.add((X509Certificate) c);
        }
        return chain;
    }

    /** The PKCS#8 private key of the text ({@code algorithm}: EC or RSA). */
    static PrivateKey readPrivateKey(String text, String algorithm) throws GeneralSecurityException {
        List<byte[]> keys = blocks(text, PRIVATE_KEY);
        if (keys.size() != 1) throw new GeneralSecurityException("expected one PKCS#8 private key, found " + keys.size());
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(keys.get(0)));
    }

    private static StringBuilder block(StringBuilder text, String label, byte[] der) {
        text.append("-----BEGIN ").append(label).append("-----\n");
        text.append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der));
        return text.append("\n-----END ").append(label).append("-----\n");
    }

    private static List<byte[]> blocks(String text, String label) throws GeneralSecurityException {
        String begin = "-----BEGIN " + label + "-----", end = "-----END " + label + "-----";
        List<byte[]> found = new ArrayList<>();
        for (int from = text.indexOf(begin); from >= 0; from = text.indexOf(begin, from)) {
            int to = text.indexOf(end, from);
            if (to < 0) throw new GeneralSecurityException("a " + label + " block has no end line");
            try {
                found.add(Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to)));
            } catch (IllegalArgumentException e) {
                throw new GeneralSecurityException("a " + label + " block is not base64", e);
            }
            from = to + end.length();
        }
        return found;
    }
}
