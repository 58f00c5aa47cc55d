package dev.cerulean.bench;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ceiling of the client-credentials load run: signing one access token (RS256, 2048-bit key,
 * the claims of an app token) as the server does it, with nothing else. Run with as many threads
 * as the machine has cores (run-tokens.sh passes -t).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {
    private RSASSASigner signer;
    private JWSHeader header;
    private JWTClaimsSet claims;

    @Setup
    public void setUp() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        signer = new RSASSASigner(key.toRSAPrivateKey());
        header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build();
        String tenant = "aaaaaaaa-0000-4000-8000-000000000001";
        Date now = new Date();
        claims = new JWTClaimsSet.Builder()
                .audience("https://management.core.windows.net/")
                .issuer("https://localhost:8443/" + tenant + "/")
                .subject("0d000000-0000-4000-8000-000000000004")
                .issueTime(now)
                .notBeforeTime(now)
                .expirationTime(new Date(now.getTime() + 3_600_000))
                .claim("tid", tenant)
                .claim("oid", "0d000000-0000-4000-8000-000000000004")
                .claim("appid", "11111111-1111-4111-8111-111111111111")
                .claim("appidacr", "1")
                .claim("uti", UUID.randomUUID().toString())
                .claim("ver", "1.0")
                .claim("idtyp", "app")
                .build();
    }

    @Benchmark
    public String signAccessToken() throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
