package io.staygrid.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs RS256 bearer tokens with a key pair made for this test run; the edge is started trusting
 * only its public key and issuer. Claims follow MicroProfile JWT: {@code sub}/{@code upn}, roles in
 * {@code groups}; staff tokens name their hotels in {@code hotels}.
 */
public final class TokenMint {

    static final String ISSUER = "https://staygrid-system-tests.invalid";
    static final String AUDIENCE = "staygrid-system-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;
    private final Path publicKeyFile;

    private TokenMint(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    /** Makes a key pair and writes its public half (PEM) into {@code directory}. */
    static TokenMint create(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path pem = directory.resolve("jwt-public.pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return new TokenMint(keys, pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Env vars that make the edge trust these tokens (its documented production keys, edge-rest/README.md). */
    Map<String, String> edgeEnv() {
        return Map.of(
                "MP_JWT_VERIFY_ISSUER", ISSUER,
                "MP_JWT_VERIFY_AUDIENCES", AUDIENCE,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile.toUri().toString());
    }

    String guest(String subject) {
        return sign(subject, List.of("guest"), List.of());
    }

    String staff(String subject, long... hotelIds) {
        return sign(subject, List.of("staff"), java.util.Arrays.stream(hotelIds).boxed().toList());
    }

    String admin(String subject) {
        return sign(subject, List.of("admin"), List.of());
    }

    private String sign(String subject, List<String> roles, List<Long> hotels) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", roles);
        if (!hotels.isEmpty()) {
            claims.put("hotels", hotels);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        claims.put("jti", java.util.UUID.randomUUID().toString());
        try {
            String signingInput = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Map<String, ?> json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
