package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.directory.DirectoryState;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestReply;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Malformed ids, bodies, query options and headers sent to every route, by callers allowed to
 * use them: always a 4xx in Graph's error shape, never a 500, and the directory unchanged.
 */
class GraphRobustnessProperties {
    private static final String GA = "62e90394-69f5-4237-9190-012177145e10";
    private static GraphWorld g;
    private static DirectoryState initial;

    @BeforeContainer
    static void start() {
        g = new GraphWorld();
        initial = g.state();
    }

    @AfterContainer
    static void stop() {
        g.close();
    }

    /** Routes with one id in the path ({} marks it), as method and path template. */
    private static final List<String> ID_ROUTES = List.of(
            "GET /v1.0/organization/{}",
            "GET /v1.0/domains/{}",
            "GET /v1.0/users/{}",
            "PATCH /v1.0/users/{}",
            "DELETE /v1.0/users/{}",
            "GET /v1.0/directoryRoles/{}",
            "GET /v1.0/directoryRoles/{}/members",
            "POST /v1.0/directoryRoles/{}/members/$ref",
            "DELETE /v1.0/directoryRoles/roleTemplateId=" + GA + "/members/{}/$ref",
            "DELETE /v1.0/directoryRoles/{}/members/" + Worlds.LEE_GU + "/$ref",
            "GET /v1.0/directoryRoles(roleTemplateId='{}')",
            "GET /v1.0/directoryRoles(roleTemplateId='{}')/members",
            "GET /v1.0/roleManagement/directory/roleAssignments/{}",
            "DELETE /v1.0/roleManagement/directory/roleAssignments/{}",
            "GET /v1.0/groups/{}",
            "PATCH /v1.0/groups/{}",
            "DELETE /v1.0/groups/{}",
            "GET /v1.0/groups/{}/members",
            "GET /v1.0/groups/{}/transitiveMembers",
            "POST /v1.0/groups/{}/members/$ref",
            "DELETE /v1.0/groups/" + GraphWorld.CONTOSO_GROUP + "/members/{}/$ref",
            "POST /v1.0/groups/{}/owners/$ref",
            "GET /v1.0/users/{}/memberOf",
            "POST /v1.0/users/{}/checkMemberGroups",
            "GET /v1.0/applications/{}",
            "PATCH /v1.0/applications/{}",
            "DELETE /v1.0/applications/{}",
            "POST /v1.0/applications/{}/addPassword",
            "POST /v1.0/applications/{}/removePassword",
            "GET /v1.0/applications/{}/owners",
            "POST /v1.0/applications/{}/owners/$ref",
            "DELETE /v1.0/applications/" + Worlds.CONTOSO_AUTOMATION_CLIENT + "/owners/{}/$ref",
            "GET /v1.0/servicePrincipals/{}",
            "DELETE /v1.0/servicePrincipals/{}",
            "GET /v1.0/servicePrincipals/{}/appRoleAssignments",
            "POST /v1.0/servicePrincipals/{}/appRoleAssignments",
            "DELETE /v1.0/servicePrincipals/" + Worlds.CONTOSO_AUTOMATION_SP + "/appRoleAssignments/{}");

    /** Routes that take a body, with an id that exists where they need one. */
    private static final List<String> BODY_ROUTES = List.of(
            "POST /v1.0/users",
            "PATCH /v1.0/users/{}",
            "POST /v1.0/invitations",
            "POST /v1.0/directoryRoles/roleTemplateId=" + GA + "/members/$ref",
            "POST /v1.0/roleManagement/directory/roleAssignments",
            "POST /v1.0/groups",
            "PATCH /v1.0/groups/" + GraphWorld.CONTOSO_GROUP,
            "POST /v1.0/groups/" + GraphWorld.CONTOSO_GROUP + "/members/$ref",
            "POST /v1.0/users/{}/checkMemberGroups",
            "POST /v1.0/users/{}/getMemberObjects",
            "POST /v1.0/applications",
            "PATCH /v1.0/applications/" + Worlds.CONTOSO_AUTOMATION_CLIENT,
            "POST /v1.0/applications/" + Worlds.CONTOSO_AUTOMATION_CLIENT + "/addPassword",
            "POST /v1.0/applications/" + Worlds.CONTOSO_AUTOMATION_CLIENT + "/removePassword",
            "POST /v1.0/applications/" + Worlds.CONTOSO_AUTOMATION_CLIENT + "/owners/$ref",
            "POST /v1.0/servicePrincipals",
            "POST /v1.0/servicePrincipals/" + Worlds.CONTOSO_AUTOMATION_SP + "/appRoleAssignments",
            "POST /v1.0/directoryObjects/getByIds");

    /** Every route, for query options and headers. */
    private static final List<String> ALL_ROUTES = List.of(
            "GET /v1.0/organization",
            "GET /v1.0/domains",
            "GET /v1.0/users",
            "GET /v1.0/me",
            "GET /v1.0/directoryRoles",
            "GET /v1.0/roleManagement/directory/roleAssignments",
            "GET /v1.0/users/{}",
            "GET /v1.0/directoryRoles/roleTemplateId=" + GA + "/members",
            "POST /v1.0/users",
            "PATCH /v1.0/users/{}",
            "DELETE /v1.0/users/{}",
            "POST /v1.0/invitations",
            "POST /v1.0/roleManagement/directory/roleAssignments",
            "GET /v1.0/groups",
            "POST /v1.0/groups",
            "GET /v1.0/groups/" + GraphWorld.CONTOSO_GROUP + "/members",
            "GET /v1.0/me/memberOf",
            "GET /v1.0/applications",
            "POST /v1.0/applications",
            "GET /v1.0/applications/" + Worlds.CONTOSO_AUTOMATION_CLIENT + "/owners",
            "POST /v1.0/applications/" + Worlds.CONTOSO_AUTOMATION_CLIENT + "/addPassword",
            "DELETE /v1.0/applications/{}",
            "GET /v1.0/servicePrincipals",
            "POST /v1.0/servicePrincipals",
            "DELETE /v1.0/servicePrincipals/{}",
            "POST /v1.0/servicePrincipals/" + Worlds.CONTOSO_AUTOMATION_SP + "/appRoleAssignments",
            "POST /v1.0/directoryObjects/getByIds");

    @Property(tries = 300)
    void malformedIds(
            @ForAll("routesWithIds") String route, @ForAll("ids") String id, @ForAll("writers") String token) {
        String[] parts = route.split(" ", 2);
        String body = parts[0].equals("GET") || parts[0].equals("DELETE")
                ? null
                : "{\"displayName\":\"x\",\"@odata.id\":\"https://h/v1.0/directoryObjects/" + Worlds.LEE_GU + "\"}";
        check(g.send(parts[0], parts[1].replace("{}", encode(id)), token, body));
    }

    @Property(tries = 300)
    void malformedBodies(
            @ForAll("routesWithBodies") String route, @ForAll("bodies") String body, @ForAll("writers") String token) {
        String[] parts = route.split(" ", 2);
        check(g.send(parts[0], parts[1].replace("{}", Worlds.LEE_GU.toString()), token, body));
    }

    @Property(tries = 300)
    void malformedQueryOptions(
            @ForAll("allRoutes") String route,
            @ForAll("options") String option,
            @ForAll("junk") String value,
            @ForAll("writers") String token) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{}", Worlds.LEE_GU.toString()) + "?" + option + "=" + encode(value);
        // Writes get a body that would change something if the options were ignored: they must not be.
        String body = parts[0].equals("PATCH") ? "{\"displayName\":\"Changed\"}" : parts[0].equals("GET") ? null : "{}";
        if (parts[0].equals("DELETE") || parts[0].equals("PATCH"))
            path = path.replace(Worlds.LEE_GU.toString(), "not-an-id");
        check(g.send(parts[0], path, token, body));
    }

    @Property(tries = 200)
    void malformedHeaders(
            @ForAll("allRoutes") String route,
            @ForAll("headerValues") String authorization,
            @ForAll("headerValues") String clientRequestId) {
        String[] parts = route.split(" ", 2);
        var request = HttpRequest.newBuilder(URI.create(g.base() + parts[1].replace("{}", Worlds.LEE_GU.toString())))
                .method(parts[0], HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Changed\"}"))
                .header("Authorization", authorization)
                .header("client-request-id", clientRequestId)
                .build();
        check(g.send(request));
    }

    private static void check(TestReply r) {
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        JsonNode error = r.json().get("error");
        assertThat(error).as(r.body()).isNotNull();
        assertThat(error.get("code").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.at("/innerError/request-id").asText()).isNotBlank();
        assertThat(error.at("/innerError/date").asText()).isNotBlank();
        assertThat(g.state()).isEqualTo(initial);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Provide
    Arbitrary<String> routesWithIds() {
        return Arbitraries.of(ID_ROUTES);
    }

    @Provide
    Arbitrary<String> routesWithBodies() {
        return Arbitraries.of(BODY_ROUTES);
    }

    @Provide
    Arbitrary<String> allRoutes() {
        return Arbitraries.of(ALL_ROUTES);
    }

    @Provide
    Arbitrary<String> writers() {
        return Arbitraries.of("ga", "app");
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank() && !s.matches("\\.+")),
                Arbitraries.strings()
                        .withChars("0123456789abcdefABCDEF-{}'=@#%/")
                        .ofMinLength(1)
                        .ofMaxLength(40)
                        .filter(s -> !s.matches("[/.]+")),
                Arbitraries.of(
                        "00000000-0000-0000-0000-000000000000",
                        "roleTemplateId=",
                        "roleTemplateId=x",
                        "nobody@contoso.onmicrosoft.com",
                        "null",
                        "'",
                        "$count",
                        "x".repeat(2000),
                        "\u0000",
                        "é@ü"));
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(50).filter(s -> !s.matches("[0-9]+")),
                Arbitraries.of(
                        "",
                        "-1",
                        "99999999999",
                        "eq",
                        "startswith(",
                        "id eq",
                        "'",
                        "(((((((",
                        "userPrincipalName eq 'a",
                        "mail eq 'x' and",
                        "shoeSize eq 'x'",
                        ",",
                        "id,,mail",
                        "TRUE"));
    }

    @Provide
    Arbitrary<String> options() {
        return Arbitraries.of("$top", "$select", "$filter", "$count", "$skiptoken", "$orderby", "$expand", "$search");
    }

    /**
     * Bodies no route accepts: JSON objects that always hold one member of a wrong type or unknown
     * to every route (anywhere among random others), and text that is no JSON object at all.
     */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> junkText =
                Arbitraries.strings().ofMaxLength(80).filter(s -> !s.strip().startsWith("{"));
        Arbitrary<String> wrong = Arbitraries.of(
                "\"accountEnabled\":\"yes\"",
                "\"displayName\":5",
                "\"userPrincipalName\":[]",
                "\"passwordProfile\":\"p\"",
                "\"invitedUserEmailAddress\":1",
                "\"principalId\":false",
                "\"roleDefinitionId\":{}",
                "\"directoryScopeId\":2",
                "\"shoeSize\":1",
                "\"passwordProfile\":{\"password\":1}",
                "\"passwordProfile\":{\"password\":\"Sp4rkly-Dawn\",\"x\":1}",
                "\"appId\":7",
                "\"keyId\":[]",
                "\"ids\":\"x\"",
                "\"passwordCredential\":{\"endDateTime\":\"soon\"}");
        Arbitrary<String> value = Arbitraries.oneOf(
                junkText.map(s -> GraphWorld.JSON.valueToTree(s).toString()),
                Arbitraries.of(
                        "1",
                        "-0.5e99",
                        "true",
                        "false",
                        "null",
                        "[]",
                        "{}",
                        "[1,2]",
                        "{\"password\":1}",
                        "{\"password\":\"Sp4rkly-Dawn\",\"x\":1}",
                        "\"" + "a".repeat(5000) + "\""));
        Arbitrary<String> key = Arbitraries.of(
                "accountEnabled",
                "displayName",
                "mailNickname",
                "userPrincipalName",
                "passwordProfile",
                "invitedUserEmailAddress",
                "inviteRedirectUrl",
                "principalId",
                "roleDefinitionId",
                "directoryScopeId",
                "@odata.id",
                "jobTitle",
                "appId",
                "keyId",
                "passwordCredential",
                "ids",
                "types",
                "resourceId",
                "appRoleId",
                "",
                "\u0000");
        Arbitrary<String> member =
                Combinators.combine(key, value).as((k, v) -> GraphWorld.JSON.valueToTree(k) + ":" + v);
        Arbitrary<String> object = Combinators.combine(
                        member.list().ofMaxSize(6),
                        wrong,
                        Arbitraries.integers().between(0, 6))
                .as((members, bad, at) -> {
                    var all = new java.util.ArrayList<>(members);
                    all.add(Math.min(at, all.size()), bad);
                    return "{" + String.join(",", all) + "}";
                });
        return Arbitraries.oneOf(
                object,
                junkText,
                Arbitraries.of(
                        "",
                        "[",
                        "{",
                        "{}{}",
                        "[{}]",
                        "\"text\"",
                        "42",
                        "{\"displayName\":\"a\",\"displayName\":\"b\"}",
                        "[".repeat(500) + "]".repeat(500),
                        "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}"));
    }

    /** Printable header values; within Jetty's 8 KiB header limit (beyond it Jetty itself answers 431). */
    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withCharRange(' ', '~')
                        .ofMaxLength(100)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty()),
                Arbitraries.of(
                        "Bearer",
                        "Bearer ",
                        "Bearer test:",
                        "Bearer test:nobody",
                        "bearer test:ga x",
                        "Basic Z2E6Z2E=",
                        "Bearer " + "x".repeat(2000)));
    }
}
