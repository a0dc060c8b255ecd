package io.staygrid.localrunner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The development token minter of {@code ./run-local}: {@code POST /dev/tokens} on 127.0.0.1 signs tokens for a
 * name, one role (guest, staff, admin) and, for staff, positive hotel ids. Its RSA key pair is made on first start
 * and kept in {@code .staygrid/keys} (private key readable by its owner only); the edge is started trusting the
 * public half. This lives here, not in edge-rest, so no deployable artifact can mint tokens or carries a signing
 * key. The sign-in page of the edge calls it across origins: CORS allows exactly the edge's origins.
 */
public final class DevTokenMinter implements AutoCloseable {

    public static final String ISSUER = "https://dev.staygrid.local";
    public static final String AUDIENCE = "staygrid-api";
    public static final String PATH = "/dev/tokens";
    static final Set<String> ROLES = Set.of("guest", "staff", "admin");
    static final int MAX_SUBJECT_LENGTH = 100;
    static final int MAX_HOTELS = 100;
    private static final long LIFETIME_MINUTES = 8 * 60;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final RsaJsonWebKey key;
    private final Path publicKeyFile;
    private final Set<String> allowedOrigins;
    private final HttpServer server;

    private DevTokenMinter(RsaJsonWebKey key, Path publicKeyFile, Set<String> allowedOrigins, HttpServer server) {
        this.key = key;
        this.publicKeyFile = publicKeyFile;
        this.allowedOrigins = allowedOrigins;
        this.server = server;
    }

    /**
     * Starts the minter on {@code host:port} (0: any free port) with the key pair kept in {@code keyDirectory};
     * {@code allowedOrigins} are the pages' origins that may call it from a browser.
     */
    public static DevTokenMinter start(Path keyDirectory, String host, int port, Set<String> allowedOrigins) {
        RsaJsonWebKey key = loadOrCreate(keyDirectory);
        Path publicKey = keyDirectory.resolve("dev-token-public.pem");
        try {
            Files.writeString(publicKey, pem(key.getRsaPublicKey()));
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            DevTokenMinter minter = new DevTokenMinter(key, publicKey, Set.copyOf(allowedOrigins), server);
            server.createContext(PATH, minter::handle);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "dev-token-minter");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return minter;
        } catch (IOException e) {
            throw new UncheckedIOException("the development token minter could not start on " + host + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The public key (PEM) the edge verifies development tokens with. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** Env vars that make the edge verify these tokens and send its sign-in page here. */
    public Map<String, String> edgeEnv(String mintUrl) {
        return Map.of("MP_JWT_VERIFY_ISSUER", ISSUER, "MP_JWT_VERIFY_AUDIENCES", AUDIENCE,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile.toUri().toString(),
                "STAYGRID_EDGE_DEV_TOKENS_MINT_URL", mintUrl);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && !allowedOrigins.contains(origin)) {
                problem(exchange, 403, "ORIGIN_NOT_ALLOWED", "this minter serves the pages of " + allowedOrigins);
                return;
            }
            if (origin != null) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().set("Vary", "Origin");
            }
            switch (exchange.getRequestMethod()) {
                case "OPTIONS" -> {
                    exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "POST");
                    exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, Accept");
                    exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
                    exchange.sendResponseHeaders(204, -1);
                }
                case "POST" -> mint(exchange);
                default -> {
                    exchange.getResponseHeaders().set("Allow", "POST, OPTIONS");
                    problem(exchange, 405, "METHOD_NOT_ALLOWED", "POST a JSON body {subject, roles, hotels}");
                }
            }
        }
    }

    private void mint(HttpExchange exchange) throws IOException {
        Request request;
        try (InputStream body = exchange.getRequestBody()) {
            request = Request.parse(JSON.readTree(body.readNBytes(16 * 1024)));
        } catch (IllegalArgumentException e) {
            problem(exchange, 400, "INVALID_FIELD", e.getMessage());
            return;
        } catch (IOException e) {
            problem(exchange, 400, "INVALID_JSON", "the body is not a JSON object");
            return;
        }
        String token;
        try {
            token = sign(request);
        } catch (JoseException e) {
            problem(exchange, 500, "SIGNING_FAILED", "the token could not be signed");
            return;
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(Map.of("token", token, "tokenType", "Bearer")));
    }

    String sign(Request request) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(request.subject());
        claims.setClaim("upn", request.subject());
        claims.setStringListClaim("groups", List.of(request.role()));
        claims.setClaim("hotels", request.hotels());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME_MINUTES);
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    /** What a token is minted for: a name, exactly one role, and the hotels of a staff member. */
    record Request(String subject, String role, List<Long> hotels) {

        static Request parse(JsonNode body) {
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object {subject, roles, hotels}");
            }
            JsonNode subjectNode = body.get("subject");
            String subject = subjectNode == null || !subjectNode.isTextual() ? "" : subjectNode.asText().strip();
            if (subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH
                    || subject.codePoints().anyMatch(c -> Character.isISOControl(c))) {
                throw new IllegalArgumentException("subject: 1 to " + MAX_SUBJECT_LENGTH + " characters, no control characters");
            }
            JsonNode rolesNode = body.get("roles");
            List<String> roles = new ArrayList<>();
            if (rolesNode != null && !rolesNode.isNull()) {
                if (!rolesNode.isArray()) {
                    throw new IllegalArgumentException("roles: a list with one of " + ROLES);
                }
                rolesNode.forEach(r -> roles.add(r.isTextual() ? r.asText() : ""));
            }
            String role = roles.isEmpty() ? "guest" : roles.get(0);
            if (roles.size() > 1 || !ROLES.contains(role)) {
                throw new IllegalArgumentException("roles: exactly one of " + ROLES);
            }
            List<Long> hotels = new ArrayList<>();
            JsonNode hotelsNode = body.get("hotels");
            if (hotelsNode != null && !hotelsNode.isNull()) {
                if (!hotelsNode.isArray() || hotelsNode.size() > MAX_HOTELS) {
                    throw new IllegalArgumentException("hotels: a list of at most " + MAX_HOTELS + " hotel ids");
                }
                for (JsonNode h : hotelsNode) {
                    if (!h.canConvertToExactIntegral() || !h.canConvertToLong() || h.asLong() <= 0) {
                        throw new IllegalArgumentException("hotels: hotel ids are positive whole numbers");
                    }
                    hotels.add(h.asLong());
                }
            }
            if (role.equals("staff") && hotels.isEmpty()) {
                throw new IllegalArgumentException("hotels: staff manage at least one hotel");
            }
            if (!role.equals("staff") && !hotels.isEmpty()) {
                throw new IllegalArgumentException("hotels: only staff tokens name hotels");
            }
            return new Request(subject, role, List.copyOf(hotels));
        }
    }

    private static void problem(HttpExchange exchange, int status, String reason, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("reason", reason);
        body.put("detail", detail);
        send(exchange, status, "application/problem+json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static RsaJsonWebKey loadOrCreate(Path directory) {
        Path file = directory.resolve("dev-token-key.jwk.json");
        try {
            Files.createDirectories(directory);
            if (Files.isRegularFile(file)) {
                return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(file));
            }
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("staygrid-local-" + UUID.randomUUID().toString().substring(0, 8));
            Path temp = Files.createTempFile(directory, "key", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays in the user's checkout.
            }
            Files.writeString(temp, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the development token key in " + directory + " could not be read or made", e);
        } catch (JoseException e) {
            throw new IllegalStateException("the development token key in " + file + " is not an RSA JWK", e);
        }
    }

    private static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
