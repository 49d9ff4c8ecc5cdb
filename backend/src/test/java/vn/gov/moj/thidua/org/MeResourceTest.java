package vn.gov.moj.thidua.org;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void shouldShowRoleAndUnitFromTheToken() {
        Tokens.as("cluster-lead", DemoIds.CUC_DKGDBD_BTNN).get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("cluster-lead"))
                .body("displayName", equalTo("Nguyễn An cluster-lead"))
                .body("roles", contains("cluster-lead"))
                .body("unitId", equalTo(DemoIds.CUC_DKGDBD_BTNN.toString()))
                .body("unitName", equalTo("Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước"));
    }

    @Test
    void shouldWorkForAServiceAccountWithoutUnit() {
        Tokens.as("integration", null).get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("integration"))
                .body("unitId", nullValue());
    }
}
