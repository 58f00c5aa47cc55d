package dev.cerulean.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.identity.TokenVerifier.Reason;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {
    private static final String ORIGIN = "https://localhost:8443";
    private static final String ARM = "https://management.core.windows.net/";

    private final MovableClock clock = new MovableClock(Worlds.NOW);
    private final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(clock, Worlds.sequentialIds()))
            .ports();
    private final SigningKeyRing keys =
            new SigningKeyRing(ports.transactions(), ports.signingKeys(), clock, IdentitySettings.DEFAULT);
    private final TokenVerifier verifier =
            new TokenVerifier(keys, ports.directoryUsers(), clock, IdentitySettings.DEFAULT);
    private final TokenSigner signer = new TokenSigner(keys);
    private final Subjects subjects = new Subjects(
            ports.directoryUsers(),
            ports.directoryRoles(),
            ports.microsoftAccounts(),
            ports.appRegistrations(),
            ports.groups(),
            clock);
    private final ResourceScopes resources = new ResourceScopes(IdentitySettings.DEFAULT);

    private JWTClaimsSet armClaimsForMegan() {
        Subject megan = subjects.forPerson(new Worlds.KelleyWall(ports).megan());
        RequestedScopes scopes = resources.parse(ARM + "/.default openid offline_access", ORIGIN, true);
        return new TokenClaims()
                .accessToken(
                        megan,
                        scopes,
                        Clients.FIRST_PARTY.keySet().iterator().next(),
                        false,
                        ORIGIN,
                        clock.instant(),
                        Duration.ofHours(1));
    }

    private String armTokenForMegan() {
        return signer.sign(armClaimsForMegan(), Worlds.CONTOSO);
    }

    private static JWTClaimsSet with(JWTClaimsSet claims, String name, Object value) {
        return new JWTClaimsSet.Builder(claims).claim(name, value).build();
    }

    private Reason rejection(String token) {
        try {
            verifier.verifyArm(token, ORIGIN, null);
            throw new AssertionError("accepted");
        } catch (TokenVerifier.Rejected r) {
            return r.reason();
        }
    }

    @Test
    void aTokenItIssuedIsAcceptedWithItsCaller() throws Exception {
        TokenVerifier.VerifiedToken verified = verifier.verifyArm(armTokenForMegan(), ORIGIN, Worlds.CONTOSO);

        assertThat(verified.tenant()).isEqualTo(Worlds.CONTOSO);
        assertThat(verified.caller().identity()).isEqualTo(new Identity.Work(Worlds.CONTOSO, Worlds.MEGAN_BOWEN));
        assertThat(verified.caller().principal()).isEqualTo(Worlds.MEGAN_BOWEN);
        assertThat(verified.scopes()).containsExactly("user_impersonation");
        assertThat(verified.app()).isFalse();
    }

    @Test
    void algNoneIsRejected() {
        PlainJWT unsigned = new PlainJWT(new PlainHeader(), armClaimsForMegan());

        assertThat(rejection(unsigned.serialize())).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void algNoneWithTheSignatureOfARealTokenIsRejected() {
        String[] real = armTokenForMegan().split("\\.");
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());

        assertThat(rejection(noneHeader + "." + real[1] + "." + real[2]))
                .isIn(Reason.UNSUPPORTED_ALGORITHM, Reason.MALFORMED);
        assertThat(rejection(noneHeader + "." + real[1] + ".")).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void hs256KeyedWithThePublicKeyIsRejected() throws Exception {
        String kid = keys.signingKey(Worlds.CONTOSO).keyId();
        byte[] publicKey =
                keys.publicKey(kid).orElseThrow().key().toRSAPublicKey().getEncoded();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), armClaimsForMegan());
        forged.sign(new MACSigner(publicKey));

        assertThat(rejection(forged.serialize())).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void anUnknownKidIsRejected() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("not-ours").generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("not-ours").build(), armClaimsForMegan());
        forged.sign(new RSASSASigner(stranger));

        assertThat(rejection(forged.serialize())).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void aKnownKidWithAStrangersSignatureIsRejected() throws Exception {
        String kid = keys.signingKey(Worlds.CONTOSO).keyId();
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), armClaimsForMegan());
        forged.sign(new RSASSASigner(stranger));

        assertThat(rejection(forged.serialize())).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = armTokenForMegan().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String elevated = payload.replace(Worlds.MEGAN_BOWEN.toString(), Worlds.KELLEY_CONTOSO.toString());
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(elevated.getBytes()) + "." + parts[2];

        assertThat(elevated).isNotEqualTo(payload);
        assertThat(rejection(tampered)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aTamperedCopyOfATokenAlreadyVerifiedIsRejected() throws Exception {
        String token = armTokenForMegan();
        verifier.verifyArm(token, ORIGIN, null);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String elevated = payload.replace(Worlds.MEGAN_BOWEN.toString(), Worlds.KELLEY_CONTOSO.toString());

        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(elevated.getBytes()) + "." + parts[2];

        assertThat(rejection(tampered)).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(rejection(token + "x")).isIn(Reason.BAD_SIGNATURE, Reason.MALFORMED);
    }

    @Test
    void aTokenAlreadyVerifiedIsCheckedAgainForTheRequestsAudienceTenantAndUser() throws Exception {
        String token = armTokenForMegan();
        assertThat(verifier.verifyArm(token, ORIGIN, Worlds.CONTOSO).tenant()).isEqualTo(Worlds.CONTOSO);

        assertThatThrownBy(() -> verifier.verifyGraph(token, null))
                .isInstanceOfSatisfying(
                        TokenVerifier.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(Reason.WRONG_AUDIENCE));
        assertThatThrownBy(() -> verifier.verifyArm(token, ORIGIN, Worlds.DEFAULT_DIRECTORY))
                .isInstanceOfSatisfying(
                        TokenVerifier.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(Reason.WRONG_TENANT));
        ports.directoryUsers().remove(Worlds.CONTOSO, Worlds.MEGAN_BOWEN);
        assertThat(rejection(token)).isEqualTo(Reason.UNKNOWN_SUBJECT);
    }

    @Test
    void aTokenOfAUserDisabledAfterItWasIssuedIsRejectedAtOnce() throws Exception {
        String token = armTokenForMegan();
        assertThat(verifier.verifyArm(token, ORIGIN, null).caller().principal()).isEqualTo(Worlds.MEGAN_BOWEN);
        var megan =
                ports.directoryUsers().byId(Worlds.CONTOSO, Worlds.MEGAN_BOWEN).orElseThrow();

        ports.directoryUsers().update(megan.with(megan.mailNickname(), false));
        assertThat(rejection(token)).isEqualTo(Reason.UNKNOWN_SUBJECT);

        ports.directoryUsers().update(megan);
        assertThat(verifier.verifyArm(token, ORIGIN, null).caller().principal()).isEqualTo(Worlds.MEGAN_BOWEN);
    }

    @Test
    void aTokenSignedWithAnotherTenantsKeyIsRejected() {
        String token = signer.sign(armClaimsForMegan(), Worlds.DEFAULT_DIRECTORY);

        assertThat(rejection(token)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void anExpiredTokenIsRejectedOnlyAfterTheClockSkew() throws Exception {
        String token = armTokenForMegan();

        clock.advance(Duration.ofHours(1).plusMinutes(4));
        assertThat(verifier.verifyArm(token, ORIGIN, null).tenant()).isEqualTo(Worlds.CONTOSO);
        clock.advance(Duration.ofMinutes(2));
        assertThat(rejection(token)).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aNotYetValidTokenIsRejected() {
        JWTClaimsSet future = new JWTClaimsSet.Builder(armClaimsForMegan())
                .notBeforeTime(Date.from(clock.instant().plus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(clock.instant().plus(Duration.ofHours(2))))
                .build();

        assertThat(rejection(signer.sign(future, Worlds.CONTOSO))).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void aForeignIssuerIsRejected() {
        JWTClaimsSet foreign = new JWTClaimsSet.Builder(armClaimsForMegan())
                .issuer("https://localhost:8443/" + Worlds.DEFAULT_DIRECTORY + "/")
                .build();

        assertThat(rejection(signer.sign(foreign, Worlds.CONTOSO))).isEqualTo(Reason.WRONG_ISSUER);
    }

    @Test
    void anIssuerNamingAHostThisServerDoesNotListenOnIsRejectedOnceItListens() throws Exception {
        String elsewhere = signer.sign(
                new JWTClaimsSet.Builder(armClaimsForMegan())
                        .issuer("https://evil.example:8443/" + Worlds.CONTOSO + "/")
                        .build(),
                Worlds.CONTOSO);
        String here = armTokenForMegan();
        assertThat(verifier.verifyArm(elsewhere, ORIGIN, null).tenant())
                .as("before the server listens")
                .isEqualTo(Worlds.CONTOSO);

        verifier.listeningOn(java.util.Set.of("localhost:8443", "127.0.0.1:8443"));

        assertThat(rejection(elsewhere)).isEqualTo(Reason.WRONG_ISSUER);
        assertThat(verifier.verifyArm(here, ORIGIN, null).tenant()).isEqualTo(Worlds.CONTOSO);
    }

    @Test
    void aGraphTokenIsNotAnArmToken() {
        JWTClaimsSet graph = new JWTClaimsSet.Builder(armClaimsForMegan())
                .audience("https://graph.microsoft.com")
                .build();
        JWTClaimsSet two = new JWTClaimsSet.Builder(armClaimsForMegan())
                .audience(List.of(ARM, "x"))
                .build();

        assertThat(rejection(signer.sign(graph, Worlds.CONTOSO))).isEqualTo(Reason.WRONG_AUDIENCE);
        assertThat(rejection(signer.sign(two, Worlds.CONTOSO))).isEqualTo(Reason.WRONG_AUDIENCE);
    }

    @Test
    void aTokenOfAnotherTenantIsRejectedWhereATenantIsExpected() {
        String token = armTokenForMegan();

        assertThatThrownBy(() -> verifier.verifyArm(token, ORIGIN, Worlds.DEFAULT_DIRECTORY))
                .isInstanceOfSatisfying(
                        TokenVerifier.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(Reason.WRONG_TENANT));
    }

    @Test
    void garbageIsMalformed() {
        assertThat(rejection("not a token")).isEqualTo(Reason.MALFORMED);
        assertThat(rejection("")).isEqualTo(Reason.MALFORMED);
        assertThat(rejection("a".repeat(20_000))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void afterRotationOldTokensStillVerifyAndBothKeysArePublishedUntilTheOldTokensExpire() throws Exception {
        String before = armTokenForMegan();
        String oldKid = keys.signingKey(Worlds.CONTOSO).keyId();

        String newKid = keys.rotate(Worlds.CONTOSO);
        String after = armTokenForMegan();

        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(verifier.verifyArm(before, ORIGIN, null).tenant()).isEqualTo(Worlds.CONTOSO);
        assertThat(keys.published(Worlds.CONTOSO).getKeys())
                .extracting(k -> k.getKeyID())
                .containsExactlyInAnyOrder(oldKid, newKid);
        clock.advance(Duration.ofHours(1).plusMinutes(6));
        assertThat(keys.published(Worlds.CONTOSO).getKeys())
                .extracting(k -> k.getKeyID())
                .containsExactly(newKid);
    }

    @Test
    void aRotationMadeElsewhereIsPickedUpWithinAMinute() {
        String before = keys.signingKey(Worlds.CONTOSO).keyId();
        String rotated = new SigningKeyRing(ports.transactions(), ports.signingKeys(), clock, IdentitySettings.DEFAULT)
                .rotate(Worlds.CONTOSO);

        assertThat(keys.signingKey(Worlds.CONTOSO).keyId()).isEqualTo(before);
        clock.advance(SigningKeyRing.RECHECK.plusSeconds(1));
        assertThat(keys.signingKey(Worlds.CONTOSO).keyId()).isEqualTo(rotated);
    }

    @Test
    void aKeyPastItsLifetimeIsReplacedOnUse() {
        String first = keys.signingKey(Worlds.CONTOSO).keyId();

        clock.advance(IdentitySettings.DEFAULT.keyLifetime().plusSeconds(1));
        String second = keys.signingKey(Worlds.CONTOSO).keyId();

        assertThat(second).isNotEqualTo(first);
        assertThat(ports.signingKeys().ofDirectory(Worlds.CONTOSO)).hasSize(2);
    }

    @Test
    void anAppTokenNamesTheApp() throws Exception {
        var app = ports.appRegistrations()
                .byClientId(Worlds.DEMO_AUTOMATION_CLIENT)
                .orElseThrow();
        RequestedScopes scopes = resources.parse("https://management.azure.com/.default", ORIGIN, false);
        String token = signer.sign(
                new TokenClaims()
                        .accessToken(
                                subjects.forApp(app),
                                scopes,
                                app.clientId(),
                                true,
                                ORIGIN,
                                clock.instant(),
                                Duration.ofHours(1)),
                Worlds.DEFAULT_DIRECTORY);

        var verified = verifier.verify(token, Set.of("https://management.azure.com"), Worlds.DEFAULT_DIRECTORY);

        assertThat(verified.app()).isTrue();
        assertThat(verified.caller()).isEqualTo(new Worlds.KelleyWall(ports).demoAutomation());
        assertThat(verified.clientId()).isEqualTo(Worlds.DEMO_AUTOMATION_CLIENT.toString());
        assertThat(verified.tenant()).isEqualTo(new DirectoryId(Worlds.DEFAULT_DIRECTORY.value()));
    }
}
