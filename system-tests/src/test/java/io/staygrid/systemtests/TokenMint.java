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
 * Signs RS256 bearer tokens with a key pair made for this test run, as the identity provider
 * ({@link FakeIdentityProvider}, whose issuer they name) would; the edge is started trusting only its
 * public key and issuer. Claims follow MicroProfile JWT: {@code sub}/{@code upn}, roles in
 * {@code groups}; staff tokens name their hotels in {@code hotels}.
 */
public final class TokenMint {

    static final String AUDIENCE = "staygrid-system-tests";
    static final String KEY_ID = "system-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;
    private final Path publicKeyFile;
    private final String issuer;

    private TokenMint(KeyPair keys, Path publicKeyFile, String issuer) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
        this.issuer = issuer;
    }

    /** Makes a key pair for tokens of {@code issuer} and writes its public half (PEM) into {@code directory}. */
    static TokenMint create(Path directory, String issuer) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path pem = directory.resolve("jwt-public.pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return new TokenMint(keys, pem, issuer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Env vars that make the edge trust these tokens (its documented production keys, edge-rest/README.md). */
    Map<String, String> edgeEnv() {
        return Map.of(
                "MP_JWT_VERIFY_ISSUER", issuer,
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

    String issuer() {
        return issuer;
    }

    /** An access token for the API: what the identity provider issues after a sign-in. */
    String accessToken(String subject, List<String> roles, List<Long> hotels) {
        return sign(subject, roles, hotels);
    }

    private String sign(String subject, List<String> roles, List<Long> hotels) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("preferred_username", subject);
        claims.put("groups", roles);
        if (!hotels.isEmpty()) {
            claims.put("hotels", hotels);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        claims.put("jti", java.util.UUID.randomUUID().toString());
        return signClaims(claims);
    }

    /** Any claims, signed RS256 with this run's key (key id {@link #KEY_ID}, published by the identity provider). */
    String signClaims(Map<String, Object> claims) {
        try {
            String signingInput = part(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID)) + "." + part(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JSON Web Key (RFC 7517), for the identity provider's JWKS. */
    Map<String, Object> publicJwk() {
        java.security.interfaces.RSAPublicKey key = (java.security.interfaces.RSAPublicKey) keys.getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return Map.of("kty", "RSA", "alg", "RS256", "use", "sig", "kid", KEY_ID,
                "n", url.encodeToString(unsigned(key.getModulus().toByteArray())),
                "e", url.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement.length > 1 && twosComplement[0] == 0
                ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static String part(Map<String, ?> json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
