package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.cli.DatabaseOpener;
import dev.cerulean.cli.Main;
import dev.cerulean.cli.Running;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.store.PostgresStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `serve` nodes on one PostgreSQL, as operations.md sets them up (shared key-encryption key,
 * each other's addresses as issuer hosts): a token of one node is honoured by the other, and a role
 * assignment made through one is in force on the other at once. A node without the shared key
 * refuses to start in one line. A client secret removed by another process on the same database is
 * refused by a running node at the next request, though the node had just verified it.
 */
class TwoNodesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARM = "https://management.core.windows.net/.default";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A node running in this process until {@link #close()}. */
    record Node(Running running, CountDownLatch stop, StringWriter output) implements AutoCloseable {
        String base() {
            return "http://localhost:" + running.server().port();
        }

        @Override
        public void close() {
            stop.countDown();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private int start(Map<String, String> env, String name, int port, CompletableFuture<Node> started) {
        StringWriter output = new StringWriter();
        PrintWriter out = new PrintWriter(output, true);
        CountDownLatch stop = new CountDownLatch(1);
        Main main = new Main(env, new DatabaseOpener(), out, out, running -> {
            started.complete(new Node(running, stop, output));
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.close();
        });
        return main.run(
                "serve",
                "--world",
                "demo",
                "--port",
                Integer.toString(port),
                "--https-port",
                "0",
                "--graph-port",
                "0",
                "--data",
                dir.resolve(name).toString());
    }

    private Node node(Map<String, String> env, String name, int port) throws Exception {
        CompletableFuture<Node> started = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    int code = start(env, name, port, started);
                    if (!started.isDone())
                        started.completeExceptionally(new IllegalStateException(name + " ended " + code));
                },
                "node-" + name);
        t.setDaemon(true);
        t.start();
        return started.get(120, TimeUnit.SECONDS);
    }

    private String clientCredentialsToken(Node node) throws Exception {
        var r = clientCredentials(node);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private HttpResponse<String> clientCredentials(Node node) throws Exception {
        return clientCredentials(http, node.base());
    }

    private static HttpResponse<String> clientCredentials(HttpClient http, String base) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + DemoWorld.DEMO_AUTOMATION_CLIENT + "&client_secret="
                + URLEncoder.encode(DemoWorld.DEMO_AUTOMATION_SECRET, StandardCharsets.UTF_8) + "&scope="
                + URLEncoder.encode(ARM, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/" + DemoWorld.DEFAULT_DIRECTORY + "/oauth2/v2.0/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> arm(Node node, String method, String path, String token, String body)
            throws Exception {
        return arm(http, node.base(), method, path, token, body);
    }

    private static HttpResponse<String> arm(
            HttpClient http, String base, String method, String path, String token, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The settings of nodes sharing one fresh PostgreSQL schema and key-encryption key. */
    private static Map<String, String> sharedStore(String name, int portA, int portB) {
        return sharedStore(name, "localhost:" + portA + ",localhost:" + portB);
    }

    private static Map<String, String> sharedStore(String name, String issuerHosts) {
        PostgresStore.Schema schema = PostgresStore.freshSchema(name);
        Map<String, String> env = new HashMap<>(Map.of(
                "CERULEAN_DB_URL", schema.url(),
                "CERULEAN_KEY_ENCRYPTION_KEY",
                        Base64.getEncoder().encodeToString(dev.cerulean.store.secret.KeyEncryption.newKey()),
                "CERULEAN_ISSUER_HOSTS", issuerHosts));
        if (schema.user() != null) env.put("CERULEAN_DB_USER", schema.user());
        if (schema.password() != null) env.put("CERULEAN_DB_PASSWORD", schema.password());
        return env;
    }

    @Test
    void aSecretRemovedThroughAnotherProcessFailsAtOnceOnARunningNode() throws Exception {
        int port = freePort();
        Map<String, String> env = sharedStore("secretremoval", port, freePort());
        try (Node a = node(env, "a", port)) {
            clientCredentialsToken(a);
            clientCredentialsToken(a); // the secret is now remembered by node A

            // the command line writes the store directly, as another node would
            StringWriter cli = new StringWriter();
            int code = new Main(
                            env,
                            new DatabaseOpener(),
                            new PrintWriter(cli, true),
                            new PrintWriter(cli, true),
                            running -> running.close())
                    .run(
                            "app",
                            "secret",
                            "remove",
                            "--directory",
                            DemoWorld.DEFAULT_DIRECTORY.toString(),
                            "--app",
                            DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                            "--key-id",
                            DemoWorld.DEMO_AUTOMATION_KEY.toString(),
                            "--data",
                            dir.resolve("cli").toString());
            assertThat(code).as(cli.toString()).isZero();

            var refused = clientCredentials(a);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            assertThat(refused.body()).contains("AADSTS7000215");
        }
    }

    @Test
    void twoNodesOnOnePostgresActAsOneService() throws Exception {
        int portA = freePort();
        int portB = freePort();
        Map<String, String> env = sharedStore("twonodes", portA, portB);

        try (Node a = node(env, "a", portA);
                Node b = node(env, "b", portB)) {
            assertThat(b.output().toString()).contains("already holds a world");
            String sub = "/subscriptions/" + DemoWorld.SUBSCRIPTION;

            String tokenFromA = clientCredentialsToken(a);
            assertThat(arm(b, "GET", sub + "/resourcegroups?api-version=2021-04-01", tokenFromA, null)
                            .statusCode())
                    .as("node B honours node A's token")
                    .isEqualTo(200);

            // demo-automation is Contributor: a group made through A is there on B at once
            var put = arm(
                    a,
                    "PUT",
                    sub + "/resourcegroups/rg-two-nodes?api-version=2021-04-01",
                    tokenFromA,
                    "{\"location\":\"westeurope\"}");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            assertThat(arm(b, "GET", sub + "/resourcegroups/rg-two-nodes?api-version=2021-04-01", tokenFromA, null)
                            .statusCode())
                    .isEqualTo(200);

            Map<String, String> otherKey = new HashMap<>(env);
            otherKey.remove("CERULEAN_KEY_ENCRYPTION_KEY");
            StringWriter refused = new StringWriter();
            int code = new Main(
                            otherKey,
                            new DatabaseOpener(),
                            new PrintWriter(refused, true),
                            new PrintWriter(refused, true),
                            running -> running.close())
                    .run(
                            "serve",
                            "--port",
                            "0",
                            "--https-port",
                            "0",
                            "--graph-port",
                            "0",
                            "--data",
                            dir.resolve("c").toString());
            assertThat(code).as("a node without the shared key").isNotZero();
            assertThat(refused.toString()).contains("does not open the signing keys");
        }
    }

    /**
     * Behind a round-robin load balancer (each connection to the next node), the two nodes are one
     * service: a token one node issued works on whichever node the next connection reaches, and
     * what one node writes the other reads at once.
     */
    @Test
    void behindALoadBalancerTheTwoNodesAreOneService() throws Exception {
        int portA = freePort();
        int portB = freePort();
        try (RoundRobinBalancer balancer = new RoundRobinBalancer(List.of(portA, portB))) {
            // the nodes name the balancer's address as theirs: tokens carry it as their issuer
            Map<String, String> env = sharedStore("balanced", "localhost:" + balancer.port());
            try (Node a = node(env, "a", portA);
                    Node b = node(env, "b", portB)) {
                String front = "http://localhost:" + balancer.port();
                String sub = "/subscriptions/" + DemoWorld.SUBSCRIPTION;
                List<String> made = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    // a new client each time: a new connection, so the balancer picks the other node
                    var issued = clientCredentials(HttpClient.newHttpClient(), front);
                    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
                    String token =
                            JSON.readTree(issued.body()).path("access_token").asText();
                    String group = "rg-balanced-" + i;
                    var put = arm(
                            HttpClient.newHttpClient(),
                            front,
                            "PUT",
                            sub + "/resourcegroups/" + group + "?api-version=2021-04-01",
                            token,
                            "{\"location\":\"westeurope\"}");
                    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
                    made.add(group);
                    var list = arm(
                            HttpClient.newHttpClient(),
                            front,
                            "GET",
                            sub + "/resourcegroups?api-version=2021-04-01",
                            token,
                            null);
                    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
                    assertThat(list.body()).contains(made);
                }
                assertThat(balancer.connectionsTo(portA)).isGreaterThanOrEqualTo(5);
                assertThat(balancer.connectionsTo(portB)).isGreaterThanOrEqualTo(5);
            }
        }
    }
}
