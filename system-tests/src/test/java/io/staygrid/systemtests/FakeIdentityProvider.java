package io.staygrid.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small OpenID Connect provider for the test run, so the edge runs its prod sign-in (quarkus-oidc,
 * authorization code flow) for real: discovery, JWKS, an authorization endpoint with a sign-in form
 * (user name, role, hotels), a token endpoint (confidential client, authorization_code and
 * refresh_token grants) and end-session. Tokens are signed by the run's {@link TokenMint}: the access
 * token is exactly what the edge's /v1 verifies (groups, hotels, audience).
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "staygrid-web";
    static final String CLIENT_SECRET = "system-tests-client-secret-0123456789abcdef";
    private static final String REALM = "/realms/staygrid";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who signed in, and the request that sent them here. */
    private record Grant(String subject, List<String> roles, List<Long> hotels, String redirectUri, String nonce) {
    }

    private final HttpServer server;
    private final String issuer;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private TokenMint tokens;

    private FakeIdentityProvider(HttpServer server) {
        this.server = server;
        this.issuer = "http://localhost:" + server.getAddress().getPort() + REALM;
    }

    /** Binds a free port (so the issuer is known before the token mint is made); {@link #start} serves. */
    static FakeIdentityProvider bind() {
        try {
            return new FakeIdentityProvider(HttpServer.create(new InetSocketAddress("localhost", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return issuer;
    }

    void start(TokenMint mint) {
        this.tokens = mint;
        server.createContext(REALM + "/.well-known/openid-configuration", this::discovery);
        server.createContext(REALM + "/protocol/openid-connect/certs", e -> json(e, 200, Map.of("keys", List.of(tokens.publicJwk()))));
        server.createContext(REALM + "/protocol/openid-connect/auth", this::signInForm);
        server.createContext(REALM + "/login", this::signIn);
        server.createContext(REALM + "/protocol/openid-connect/token", this::token);
        server.createContext(REALM + "/protocol/openid-connect/logout", this::logout);
        server.setExecutor(threads);
        server.start();
    }

    /** Env vars that point the edge's pages at this provider (edge-rest/README.md, "Sign-in"). */
    Map<String, String> edgeEnv() {
        return Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", issuer, "QUARKUS_OIDC_CLIENT_ID", CLIENT_ID,
                "QUARKUS_OIDC_CREDENTIALS_SECRET", CLIENT_SECRET);
    }

    private void discovery(HttpExchange e) throws IOException {
        String base = issuer + "/protocol/openid-connect";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", issuer);
        body.put("authorization_endpoint", base + "/auth");
        body.put("token_endpoint", base + "/token");
        body.put("jwks_uri", base + "/certs");
        body.put("end_session_endpoint", base + "/logout");
        body.put("response_types_supported", List.of("code"));
        body.put("subject_types_supported", List.of("public"));
        body.put("id_token_signing_alg_values_supported", List.of("RS256"));
        body.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        body.put("scopes_supported", List.of("openid", "profile"));
        json(e, 200, body);
    }

    private void signInForm(HttpExchange e) throws IOException {
        Map<String, String> q = form(e.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || q.get("redirect_uri") == null || !"code".equals(q.get("response_type"))) {
            html(e, 400, "<h1>Bad authorization request</h1>");
            return;
        }
        String hidden = hidden("redirect_uri", q.get("redirect_uri")) + hidden("state", q.getOrDefault("state", ""))
                + hidden("nonce", q.getOrDefault("nonce", ""));
        html(e, 200, """
                <h1>StayGrid test identity provider</h1>
                <form method="post" action="%s/login">%s
                  <p><label for="username">User name</label> <input id="username" name="username" required></p>
                  <p><label for="role">Role</label> <select id="role" name="role">
                     <option value="guest">guest</option><option value="staff">staff</option><option value="admin">admin</option></select></p>
                  <p><label for="hotels">Hotels (staff)</label> <input id="hotels" name="hotels"></p>
                  <p><button type="submit" id="sign-in">Sign in</button></p>
                </form>""".formatted(REALM, hidden));
    }

    private void signIn(HttpExchange e) throws IOException {
        Map<String, String> f = form(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        List<Long> hotels = Arrays.stream(f.getOrDefault("hotels", "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList();
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(f.get("username"), List.of(f.getOrDefault("role", "guest")), hotels, f.get("redirect_uri"), f.get("nonce")));
        String redirect = f.get("redirect_uri") + (f.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(f.getOrDefault("state", ""), StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Location", redirect);
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    private void token(HttpExchange e) throws IOException {
        Map<String, String> f = form(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!clientAuthenticated(e, f)) {
            json(e, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = switch (f.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                Grant g = codes.remove(f.getOrDefault("code", ""));
                yield g != null && g.redirectUri().equals(f.get("redirect_uri")) ? g : null;
            }
            case "refresh_token" -> refreshTokens.get(f.getOrDefault("refresh_token", ""));
            default -> null;
        };
        if (grant == null) {
            json(e, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String refresh = UUID.randomUUID().toString();
        refreshTokens.put(refresh, grant);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.accessToken(grant.subject(), grant.roles(), grant.hotels()));
        body.put("id_token", idToken(grant));
        body.put("refresh_token", refresh);
        body.put("token_type", "Bearer");
        body.put("expires_in", 3600);
        json(e, 200, body);
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", CLIENT_ID);
        claims.put("sub", grant.subject());
        claims.put("preferred_username", grant.subject());
        claims.put("iat", now.getEpochSecond());
        claims.put("auth_time", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        if (grant.nonce() != null && !grant.nonce().isEmpty()) {
            claims.put("nonce", grant.nonce());
        }
        return tokens.signClaims(claims);
    }

    private boolean clientAuthenticated(HttpExchange e, Map<String, String> f) {
        String header = e.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            return pair.length == 2 && CLIENT_ID.equals(decode(pair[0])) && CLIENT_SECRET.equals(decode(pair[1]));
        }
        return CLIENT_ID.equals(f.get("client_id")) && CLIENT_SECRET.equals(f.get("client_secret"));
    }

    private void logout(HttpExchange e) throws IOException {
        String target = form(e.getRequestURI().getRawQuery()).get("post_logout_redirect_uri");
        if (target == null) {
            html(e, 200, "<h1>Signed out</h1>");
            return;
        }
        e.getResponseHeaders().add("Location", target);
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value.replace("&", "&amp;").replace("\"", "&quot;") + "\">";
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return values;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange e, int status, Object body) throws IOException {
        send(e, status, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void html(HttpExchange e, int status, String body) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in</title>"
                + "<link rel=\"icon\" href=\"data:,\"></head><body>" + body + "</body></html>";
        send(e, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange e, int status, String type, byte[] body) throws IOException {
        e.getResponseHeaders().add("Content-Type", type);
        e.getResponseHeaders().add("Cache-Control", "no-store");
        e.sendResponseHeaders(status, body.length);
        e.getResponseBody().write(body);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
