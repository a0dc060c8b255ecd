package io.staygrid.benchmarks.mesh;

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
import java.util.UUID;

/**
 * Guest tokens for the edge: an RSA key pair made for this run, the edge started trusting only its public
 * key, issuer and audience through its documented production keys (as system-tests' TokenMint does).
 */
final class TokenSigner {

    private static final String ISSUER = "https://staygrid-benchmarks.invalid";
    private static final String AUDIENCE = "staygrid-benchmarks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;
    private final Path publicKeyFile;

    private TokenSigner(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    /** Makes a key pair and writes its public half (PEM) into {@code directory}. */
    static TokenSigner create(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path pem = directory.resolve("jwt-public.pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.getPublic().getEncoded());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return new TokenSigner(keys, pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Env vars that make the edge trust these tokens. */
    Map<String, String> edgeEnv() {
        return Map.of("MP_JWT_VERIFY_ISSUER", ISSUER, "MP_JWT_VERIFY_AUDIENCES", AUDIENCE,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile.toUri().toString());
    }

    /** Signed guest tokens valid for a day, one per guest id {@code prefix-0 .. prefix-(count-1)}. */
    List<Guest> guests(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> prefix + "-" + i)
                .map(id -> new Guest(id, sign(id))).toList();
    }

    private String sign(String subject) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of("guest"));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(86_400).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
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

    /** A guest: the token's subject (the reservation's guest_id) and the bearer token. */
    record Guest(String id, String token) {
    }
}
