package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.RateLimiter;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.voting.crypto.Wire;

/** HTTP for encrypted ballots (docs/ballot-crypto.md): the manifest voters encrypt to, casting, the published bulletin. */
@Path("/api/v1/voting-sessions/{id}")
@Tag(name = "Voting")
@Produces(MediaType.APPLICATION_JSON)
public class EncryptedBallotResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ElectionManifests manifests;

    @Inject
    EncryptedCasting casting;

    @Inject
    Publication publication;

    @Inject
    BallotLimit limit;

    @Inject
    CurrentUser caller;

    @ConfigProperty(name = "thidua.rate-limit.ballots-per-minute", defaultValue = "20")
    int perMinute;

    @GET
    @Path("/election-key")
    @Authenticated
    @Operation(operationId = "getElectionManifest", summary = "The election key, its key holders with proofs and the ballot's shape, for the voter's browser")
    @APIResponse(responseCode = "200", description = "The manifest", content = @Content(schema = @Schema(implementation = EncryptedViews.Manifest.class)))
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    @APIResponse(responseCode = "409", description = "Not an encrypted session", content = @Content(mediaType = PROBLEM))
    public EncryptedViews.Manifest manifest(@RestPath UUID id) {
        return manifests.manifest(id);
    }

    @POST
    @Path("/encrypted-ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.COUNCIL_MEMBER })
    @Operation(operationId = "castEncryptedBallot", summary = "Cast the caller's encrypted ballot; every proof is checked, once per round",
            description = "The ballot is stored as ciphertexts, proofs and tracker only (no voter, no time); the tracker is the receipt, "
                    + "listed in the published bulletin.")
    @APIResponse(responseCode = "201", description = "Counted; the receipt code is the tracker", content = @Content(schema = @Schema(implementation = BallotReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed ballot or a proof that fails (nothing stored)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The caller sees the session but may not cast: not in the electorate, not recorded present, "
            + "recused from an item (/problems/recused), or no second factor when required (/problems/second-factor-required)")
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller (a council member not named in the session): not 403")
    @APIResponse(responseCode = "409", description = "Already voted in this round, the same ballot again, not open, or not encrypted",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Rate limit reached; retry after Retry-After seconds", content = @Content(mediaType = PROBLEM))
    public Response cast(@RestPath UUID id, @NotNull Wire.BallotJson body) {
        limit.hit(id, caller.username(), perMinute);
        return Response.status(201).entity(casting.cast(id, body)).build();
    }

    @GET
    @Path("/bulletin")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getVotingBulletin", summary = "The published bulletin of an encrypted session (the same bytes every time; SHA-256 in the result)")
    @APIResponse(responseCode = "200", description = "thidua-bulletin/1 JSON", content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "Not published, not encrypted, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Not tallied yet", content = @Content(mediaType = PROBLEM))
    public Response bulletin(@RestPath UUID id) {
        return Response.ok(publication.bulletin(id), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"bulletin-" + id + ".json\"").build();
    }
}
