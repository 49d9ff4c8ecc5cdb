package vn.gov.moj.thidua.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Signed access tokens shaped like Keycloak's (realm roles in realm_access.roles, unit_id claim, audience),
 * validated by the backend exactly as in production.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String token(String username, String role, UUID unitId) {
        return token(username, role, unitId, Map.of());
    }

    /** A token with extra claims, e.g. {@code amr} and {@code acr} as Keycloak sets them after an OTP sign-in. */
    public static String token(String username, String role, UUID unitId, Map<String, Object> claims) {
        var builder = Jwt.preferredUserName(username)
                .issuer("https://server.example.com")
                .audience("thidua-backend")
                .claim("name", "An " + username + " Nguyễn")
                .claim("given_name", "An " + username)
                .claim("family_name", "Nguyễn")
                .claim("realm_access", Map.of("roles", role == null ? List.of() : List.of(role)));
        if (unitId != null) {
            builder.claim("unit_id", unitId.toString());
        }
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    public static RequestSpecification as(String role, UUID unitId) {
        return RestAssured.given().auth().oauth2(token(role, role, unitId));
    }

    public static RequestSpecification as(String role) {
        return as(role, DemoIds.VU_TCCB);
    }
}
