package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule code has its Graph status and code, and is written in Graph's error shape. */
class GraphErrorsTest {
    private static final String BAD = "400 Request_BadRequest";
    private static final String NOT_FOUND = "404 Request_ResourceNotFound";
    private static final String DENIED = "403 Authorization_RequestDenied";
    private static final String CONFLICT = "400 Request_MultipleObjectsWithSameKeyValue";
    private static final String QUOTA = "400 Directory_QuotaExceeded";

    private static final Map<RuleCode, String> EXPECTED = new EnumMap<>(RuleCode.class);

    private static void expect(String mapping, RuleCode... codes) {
        for (RuleCode code : codes) EXPECTED.put(code, mapping);
    }

    static {
        expect(DENIED, RuleCode.UseExistingDirectoryRequiresMicrosoftAccount, RuleCode.NotGlobalAdministrator,
                RuleCode.RequiresServiceAdministrator, RuleCode.CoAdministratorCannotChangeDirectory,
                RuleCode.EditDirectoryRequiresMicrosoftAccount, RuleCode.RequiresOwner,
                RuleCode.CallerNotInTargetDirectory, RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator,
                RuleCode.RequiresServiceOrCoAdministrator, RuleCode.GuestInvitationNotRedeemed,
                RuleCode.AzureSignUpRequiresPerson, RuleCode.AuthorizationFailed, RuleCode.InsufficientDirectoryRole,
                RuleCode.AccountTemporarilyLocked);
        expect(NOT_FOUND, RuleCode.DirectoryLinkRequestNotFound, RuleCode.DomainNotFound, RuleCode.DirectoryNotFound,
                RuleCode.SubscriptionNotFound, RuleCode.MicrosoftAccountNotFound, RuleCode.UserNotFound,
                RuleCode.AppNotFound, RuleCode.ResourceGroupNotFound, RuleCode.ResourceNotFound,
                RuleCode.RoleDefinitionNotFound, RuleCode.RoleAssignmentNotFound, RuleCode.SupportRequestNotFound);
        expect(CONFLICT, RuleCode.ServiceAdministratorAlreadyInDirectory, RuleCode.AlreadyCoAdministrator,
                RuleCode.RoleAssignmentExists, RuleCode.RoleDefinitionNameExists, RuleCode.DomainAlreadyExists,
                RuleCode.DomainAlreadyVerified, RuleCode.MicrosoftAccountExists, RuleCode.UserAlreadyExists,
                RuleCode.ResourceGroupExists, RuleCode.ResourceExists);
        expect(QUOTA, RuleCode.CoAdministratorLimitReached, RuleCode.RoleAssignmentLimitExceeded,
                RuleCode.DirectoryCreationLimitReached, RuleCode.DirectoryMembershipLimitReached);
        expect("412 Request_PreconditionFailed", RuleCode.PreconditionFailed);
        expect("401 InvalidAuthenticationToken", RuleCode.InvalidCredentials, RuleCode.UserAccountDisabled);
        expect("429 TooManyRequests", RuleCode.TooManySignInAttempts);
        expect(BAD, RuleCode.NotReadyToBeSignedOut, RuleCode.ServiceAdministratorMatchesGlobalAdministrator,
                RuleCode.AmbiguousDualAccountEmail, RuleCode.DirectoryLinkRequestExpired, RuleCode.SameDirectory,
                RuleCode.OfferTypeNotSupported, RuleCode.ServiceAdministratorNotAllowed,
                RuleCode.CoAdministratorNotInDirectory, RuleCode.NotCoAdministrator,
                RuleCode.CannotRemoveServiceAdministrator, RuleCode.PrincipalNotInDirectory,
                RuleCode.InvalidRoleDefinition, RuleCode.RoleDefinitionInUse, RuleCode.RoleAssignmentUpdateNotPermitted,
                RuleCode.InvalidDirectoryName, RuleCode.InvalidDomainName, RuleCode.InvalidEmail,
                RuleCode.InvalidUserPrincipalName, RuleCode.PasswordTooWeak, RuleCode.InvalidDisplayName,
                RuleCode.InvalidOffer, RuleCode.InvalidLocation, RuleCode.InvalidName, RuleCode.InvalidSupportRequest,
                RuleCode.ResourceGroupNotEmpty, RuleCode.InvalidCountry, RuleCode.LastGlobalAdministrator,
                RuleCode.InvalidGraphAppRole, RuleCode.SubscriptionNotActive, RuleCode.UserNotHomedHere,
                RuleCode.InvalidMailNickname);
    }

    private static final Set<String> GRAPH_CODES = Set.of(GraphErrors.BAD_REQUEST, GraphErrors.NOT_FOUND,
            GraphErrors.DENIED, GraphErrors.UNAUTHENTICATED, GraphErrors.QUOTA, GraphErrors.CONFLICT,
            GraphErrors.THROTTLED, GraphErrors.PRECONDITION);

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRuleCodeHasItsStatusAndGraphCode(RuleCode code) {
        GraphErrors.Mapping mapping = GraphErrors.of(code);

        // Codes added after this table still get a 4xx with a known Graph code; those listed get exactly theirs.
        assertThat(mapping.status()).isBetween(400, 499);
        assertThat(GRAPH_CODES).contains(mapping.code());
        if (code.name().endsWith("NotFound")) assertThat(mapping.status()).isEqualTo(404);
        if (EXPECTED.containsKey(code)) {
            assertThat(mapping.status() + " " + mapping.code()).isEqualTo(EXPECTED.get(code));
        }
    }

    private static Javalin app;

    @BeforeAll
    static void start() {
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/x/{code}", ctx -> GraphErrors.write(ctx, GraphErrors.of((Outcome.Rejected<?>)
                    Outcome.rejected(RuleCode.valueOf(ctx.pathParam("code")), "first", "sec\"ond")), Worlds.fixedClock()));
        }).start("localhost", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRefusalIsWrittenInGraphsShape(RuleCode code) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + app.port() + "/x/" + code.name())).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode error = GraphWorld.JSON.readTree(r.body()).get("error");

        assertThat(r.statusCode()).isEqualTo(GraphErrors.of(code).status());
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(error.get("code").asText()).isEqualTo(GraphErrors.of(code).code());
        assertThat(error.get("message").asText()).contains(code.name()).contains("sec\"ond");
        assertThat(List.of("date", "request-id", "client-request-id"))
                .allSatisfy(f -> assertThat(error.get("innerError").get(f).asText()).isNotBlank());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
}
