package vn.gov.moj.thidua.common.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Authentication before anything else in the API: with lazy authentication ({@code quarkus.http.auth.proactive=false},
 * so our mappers write the 401 problem) the token would only be checked once a resource method is matched, and a
 * request without a token would learn 415 (wrong content type), 405 or 404 before 401. This pre-matching filter
 * resolves the caller first: no identity or a refused token → 401 problem+json for every path under {@code /api/}.
 * Every API operation needs a signed-in caller ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}, no
 * {@code @PermitAll}), so no anonymous operation is lost.
 */
public class AuthenticationFirst {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> requireIdentity(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") && !path.startsWith("api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onItem().transformToUni(identity -> identity.isAnonymous()
                ? Uni.createFrom().failure(new UnauthorizedException())
                : Uni.createFrom().voidItem());
    }
}
