package io.staygrid.localrunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run's token minter: signs what the edge verifies, only for known roles and real hotel ids. */
class DevTokenMinterTest {

    private static final String EDGE_ORIGIN = "http://localhost:8080";

    @TempDir
    Path keys;
    private DevTokenMinter minter;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        minter = DevTokenMinter.start(keys, "127.0.0.1", 0, Set.of(EDGE_ORIGIN));
    }

    @AfterEach
    void stop() {
        minter.close();
    }

    @Test
    void aStaffTokenVerifiesWithThePublicKeyAndCarriesItsRoleAndHotels() throws Exception {
        HttpResponse<String> response = post("{\"subject\":\"stan\",\"roles\":[\"staff\"],\"hotels\":[3,4]}", null);
        assertThat(response.statusCode()).isEqualTo(200);
        String token = response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(publicKey(minter.publicKeyFile()))
                .setExpectedIssuer(DevTokenMinter.ISSUER).setExpectedAudience(DevTokenMinter.AUDIENCE)
                .setRequireExpirationTime().build().processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("stan");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("staff");
        assertThat(claims.getClaimValue("hotels", java.util.List.class)).containsExactly(3L, 4L);
        assertThat(minter.edgeEnv("u")).containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", minter.publicKeyFile().toUri().toString());
    }

    @Test
    void unknownRolesSeveralRolesAndHotelIdsThatCannotExistAreRefused() throws Exception {
        for (String body : new String[] {
                "{\"subject\":\"eve\",\"roles\":[\"root\"]}",
                "{\"subject\":\"eve\",\"roles\":[\"guest\",\"admin\"]}",
                "{\"subject\":\"eve\",\"roles\":[\"staff\"],\"hotels\":[0]}",
                "{\"subject\":\"eve\",\"roles\":[\"staff\"],\"hotels\":[-2]}",
                "{\"subject\":\"eve\",\"roles\":[\"staff\"],\"hotels\":[1.5]}",
                "{\"subject\":\"eve\",\"roles\":[\"staff\"]}",
                "{\"subject\":\"eve\",\"roles\":[\"guest\"],\"hotels\":[1]}",
                "{\"subject\":\"\",\"roles\":[\"guest\"]}",
                "{\"subject\":\"a\\u0000b\"}",
                "[]",
                "not json" }) {
            HttpResponse<String> response = post(body, null);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void browsersMayCallItOnlyFromTheEdgesPages() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(uri())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", EDGE_ORIGIN)
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(EDGE_ORIGIN);
        assertThat(post("{\"subject\":\"gina\"}", EDGE_ORIGIN).statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = post("{\"subject\":\"gina\"}", "http://evil.example");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theKeyPairIsKeptAcrossRestartsAndThePrivateHalfIsTheOwnersOnly() throws Exception {
        String before = Files.readString(minter.publicKeyFile());
        minter.close();
        minter = DevTokenMinter.start(keys, "127.0.0.1", 0, Set.of(EDGE_ORIGIN));
        assertThat(Files.readString(minter.publicKeyFile())).isEqualTo(before);
        assertThat(Files.getPosixFilePermissions(keys.resolve("dev-token-key.jwk.json")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + minter.port() + DevTokenMinter.PATH);
    }

    private HttpResponse<String> post(String body, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
