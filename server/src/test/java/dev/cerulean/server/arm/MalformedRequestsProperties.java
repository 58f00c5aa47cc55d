package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.Ports;
import dev.cerulean.core.fixtures.Worlds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Robustness: malformed ids, bodies, filters, paging and headers sent to every ARM route answer a
 * 4xx with a well-formed ARM error body, never a 500, and change nothing in the world.
 */
class MalformedRequestsProperties {
    private static final String SUB = Worlds.SUBSCRIPTION.toString();
    private static final String NEW_GUID = "9c000000-0000-4000-8000-000000000001";
    private static ArmTestServer arm;

    record Request(String method, String path, String token, String body, Map<String, String> headers) {}

    /** One route: method, path with {s} (subscription), {ra}, {rd}, {rg} slots, and a body that would be valid there. */
    record Route(String method, String path, String validBody) {}

    private static final String RA_BODY = "{\"properties\":{\"roleDefinitionId\":\"/providers/Microsoft.Authorization/"
            + "roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7\",\"principalId\":\"" + Worlds.ALEX_IN_DEFAULT
            + "\"}}";
    private static final String RD_BODY =
            "{\"properties\":{\"roleName\":\"Ops\",\"permissions\":[{\"actions\":[\"*/read\"]}]}}";
    private static final String CT_BODY = "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO + "\"}}";
    private static final String IDENTITIES = "Microsoft.ManagedIdentity/userAssignedIdentities";
    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/subscriptions/{s}", null),
            new Route("GET", "/subscriptions/{s}/providers/Microsoft.Authorization/classicAdministrators", null),
            new Route("GET", "/subscriptions/{s}/providers/Microsoft.Authorization/roleAssignments", null),
            new Route(
                    "GET",
                    "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Authorization/roleAssignments/{ra}",
                    null),
            new Route(
                    "PUT",
                    "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Authorization/roleAssignments/{ra}",
                    RA_BODY),
            new Route("PUT", "/subscriptions/{s}/providers/Microsoft.Authorization/roleAssignments/{ra}", RA_BODY),
            new Route(
                    "DELETE",
                    "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Authorization/roleAssignments/{ra}",
                    null),
            new Route("GET", "/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions", null),
            new Route("GET", "/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{rd}", null),
            new Route("PUT", "/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{rd}", RD_BODY),
            new Route("DELETE", "/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{rd}", null),
            new Route(
                    "GET",
                    "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Authorization/permissions",
                    null),
            new Route("GET", "/subscriptions/{s}/resourcegroups", null),
            new Route("HEAD", "/subscriptions/{s}/resourcegroups/{rg}", null),
            new Route("GET", "/subscriptions/{s}/resourcegroups/{rg}", null),
            new Route("PUT", "/subscriptions/{s}/resourcegroups/{rg}", "{\"location\":\"westeurope\"}"),
            new Route("PATCH", "/subscriptions/{s}/resourcegroups/{rg}", "{\"tags\":{\"a\":\"b\"}}"),
            new Route("DELETE", "/subscriptions/{s}/resourcegroups/{rg}", null),
            new Route(
                    "PUT", "/subscriptions/{s}/providers/Microsoft.Subscription/changeTenantRequest/default", CT_BODY),
            new Route("GET", "/subscriptions/{s}/providers/Microsoft.Subscription/changeTenantRequest/default", null),
            new Route(
                    "DELETE", "/subscriptions/{s}/providers/Microsoft.Subscription/changeTenantRequest/default", null),
            new Route("POST", "/providers/Microsoft.Subscription/subscriptions/{s}/acceptChangeTenant", null),
            new Route("POST", "/providers/Microsoft.Subscription/subscriptions/{s}/changeTenantStatus", null),
            new Route("GET", "/subscriptions/{s}/providers/Microsoft.ManagedIdentity/userAssignedIdentities", null),
            new Route("GET", "/subscriptions/{s}/resourceGroups/{rg}/providers/" + IDENTITIES, null),
            new Route("GET", "/subscriptions/{s}/resourceGroups/{rg}/providers/" + IDENTITIES + "/{mi}", null),
            new Route(
                    "PUT",
                    "/subscriptions/{s}/resourceGroups/{rg}/providers/" + IDENTITIES + "/{mi}",
                    "{\"location\":\"westeurope\"}"),
            new Route("DELETE", "/subscriptions/{s}/resourceGroups/{rg}/providers/" + IDENTITIES + "/{mi}", null),
            new Route(
                    "PUT",
                    "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachines/{vm}",
                    "{\"location\":\"westeurope\",\"identity\":{\"type\":\"SystemAssigned\"}}"));

    @BeforeContainer
    static void start() {
        arm = new ArmTestServer();
        // an identity that exists, so that a valid body finds it and only the malformed part can matter
        var created = arm.send(
                "PUT",
                "/subscriptions/" + Worlds.SUBSCRIPTION + "/resourceGroups/rg-web/providers/" + IDENTITIES + "/id-web",
                "kelley",
                "{\"location\":\"westeurope\"}");
        if (created.status() != 201) throw new IllegalStateException("no identity to test with: " + created.body());
    }

    @AfterContainer
    static void stop() {
        arm.close();
    }

    @Property(tries = 400)
    void malformedRequestsAre4xxWithAnArmErrorAndChangeNothing(@ForAll("malformed") Request request) {
        String before = snapshot(arm.ports());

        var r = arm.send(request.method(), request.path(), request.token(), request.body(), request.headers());

        assertThat(r.status())
                .as("%s %s %s", request.method(), request.path(), request.body())
                .isBetween(400, 499);
        if (!request.method().equals("HEAD")) {
            JsonNode error = r.json().path("error");
            assertThat(error.path("code").isTextual()
                            && !error.path("code").asText().isBlank())
                    .as(r.body())
                    .isTrue();
            assertThat(error.path("message").isTextual()
                            && !error.path("message").asText().isBlank())
                    .as(r.body())
                    .isTrue();
        }
        assertThat(snapshot(arm.ports())).isEqualTo(before);
    }

    @Provide
    Arbitrary<Request> malformed() {
        return Arbitraries.oneOf(badSlot(), badBody(), badQuery(), badAuthorization(), badIfMatch());
    }

    /** A route with one of its ids (subscription, assignment, definition, group name) malformed. */
    private Arbitrary<Request> badSlot() {
        return Combinators.combine(Arbitraries.of(ROUTES), Arbitraries.of("s", "ra", "rd", "rg", "mi", "vm"), garbage())
                .filter((route, slot, junk) -> route.path().contains("{" + slot + "}"))
                .as((route, slot, junk) -> new Request(
                        route.method(),
                        fill(route.path(), slot, slot.matches("rg|mi|vm") ? junk + "!" : "x" + junk),
                        "kelley",
                        route.validBody(),
                        Map.of()));
    }

    /** A writing route with a body that is not JSON, not an object, or has a field of the wrong kind. */
    private Arbitrary<Request> badBody() {
        Arbitrary<String> bodies = Arbitraries.oneOf(
                garbage().map(g -> "x" + g),
                garbage().map(g -> "{\"location\":" + g),
                garbage().map(g -> "[\"" + g + "\"]"),
                Arbitraries.of(
                        "",
                        "null",
                        "42",
                        "{\"tags\":7,\"location\":\"westeurope\"}",
                        "{\"location\":[1]}",
                        "{\"properties\":[]}",
                        "{\"tags\":{\"a\":1}}",
                        "{\"properties\":{\"principalId\":5}}"),
                garbage()
                        .map(g -> "{\"properties\":{\"roleDefinitionId\":\"x" + g + "\",\"principalId\":\""
                                + Worlds.ALEX_IN_DEFAULT + "\"}}"),
                garbage().map(g -> "{\"properties\":{\"destinationTenantId\":\"x" + g + "\"}}"),
                garbage()
                        .map(g -> "{\"properties\":{\"roleName\":\"Ops\",\"permissions\":[{\"actions\":[\"x" + g
                                + " !\"]}]}}"));
        return Combinators.combine(
                        Arbitraries.of(ROUTES.stream()
                                .filter(r -> r.validBody() != null)
                                .toList()),
                        bodies)
                .as((route, body) ->
                        new Request(route.method(), fill(route.path(), null, null), "kelley", body, Map.of()));
    }

    /** Lists with a filter no grammar knows, a skip token or $top that is not a count. */
    private Arbitrary<Request> badQuery() {
        Arbitrary<String> lists = Arbitraries.of(
                "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/roleAssignments",
                "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/roleDefinitions",
                "/subscriptions/" + SUB + "/resourcegroups",
                "/providers/Microsoft.Authorization/roleDefinitions");
        Arbitrary<String> queries = Arbitraries.oneOf(
                garbage().map(g -> "$filter=" + encode("~" + g)),
                garbage().map(g -> "$skiptoken=" + encode("x" + g)),
                Arbitraries.of("$skiptoken=-1", "$skiptoken=99999999999"));
        Arbitrary<String> top = garbage().map(g -> "$top=" + encode("x" + g));
        return Combinators.combine(lists, Arbitraries.oneOf(queries, top))
                .filter((list, query) -> !query.startsWith("$top") || list.endsWith("resourcegroups"))
                .as((list, query) ->
                        new Request("GET", list + "?api-version=2022-04-01&" + query, "kelley", null, Map.of()));
    }

    /** Every route with an Authorization header that is not a token of this world. */
    private Arbitrary<Request> badAuthorization() {
        Arbitrary<String> headers = Arbitraries.oneOf(
                garbage().map(g -> "Bearer x" + g),
                garbage().map(g -> "Basic " + g),
                Arbitraries.of(
                        "Bearer", "Bearer ", "bearer test:kelley ", "Bearer test:expired", "Bearer test:nobody"));
        return Combinators.combine(Arbitraries.of(ROUTES), headers)
                .as((route, header) -> new Request(
                        route.method(),
                        fill(route.path(), null, null),
                        header.trim().isEmpty() ? "Bearer x" : header,
                        route.validBody(),
                        Map.of()));
    }

    private Arbitrary<Request> badIfMatch() {
        return garbage()
                .map(g -> new Request(
                        "PUT",
                        fill(ROUTES.get(18).path(), null, null),
                        "kelley",
                        CT_BODY,
                        Map.of("If-Match", "x" + g.replaceAll("[^ -~]", ""))));
    }

    /** Printable text, also the characters that ids must not contain (no '/', '.', '%' or '\', which the HTTP layer treats as path syntax). */
    private static Arbitrary<String> garbage() {
        return Arbitraries.strings()
                .withChars("abcXYZ019 -_!$&'()*+,;=:@~\"{}[]<>|^`")
                .ofMinLength(0)
                .ofMaxLength(40);
    }

    private static String fill(String path, String slot, String junk) {
        String p = path.replace("{s}", slot != null && slot.equals("s") ? encode(junk) : SUB)
                .replace("{ra}", slot != null && slot.equals("ra") ? encode(junk) : NEW_GUID)
                .replace("{rd}", slot != null && slot.equals("rd") ? encode(junk) : NEW_GUID)
                .replace("{rg}", slot != null && slot.equals("rg") ? encode(junk) : "rg-web")
                .replace("{mi}", slot != null && slot.equals("mi") ? encode(junk) : "id-web")
                .replace("{vm}", slot != null && slot.equals("vm") ? encode(junk) : "vm-web");
        return p + "?api-version=2022-04-01";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Everything a request could change, as one comparable string. */
    private static String snapshot(Ports p) {
        var s = p.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
        return s.version() + "|" + s.directory() + "|" + p.roleAssignments().countOf(Worlds.SUBSCRIPTION) + "|"
                + p.resourceGroups().of(Worlds.SUBSCRIPTION) + "|"
                + p.roleDefinitions().of(Worlds.SUBSCRIPTION).size() + "|"
                + p.coAdministrators().of(Worlds.SUBSCRIPTION).size() + "|"
                + p.activityLog().all().size() + "|"
                + p.changeTenantRequests().of(Worlds.SUBSCRIPTION) + "|"
                + p.resources().of(Worlds.SUBSCRIPTION);
    }
}
