package vn.gov.moj.thidua.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the test resources once for every {@code @QuarkusTest}: the same set everywhere means Quarkus
 * starts once for the whole run.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
