package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.security.Roles;

/** HTTP for the counting board (Ban kiểm phiếu) of an encrypted session: appointment, key ceremony, tally decryption. */
@Path("/api/v1/voting-sessions/{id}")
@Tag(name = "Voting")
@Produces(MediaType.APPLICATION_JSON)
public class CountingBoardResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String BOARD = "The counting board with each holder's key and decryption state";

    @Inject
    CountingBoard board;

    @Inject
    BoardDecryptions decryptions;

    @GET
    @Path("/counting-board")
    @Authenticated
    @Operation(operationId = "getCountingBoard", summary = "The session's key holders: the server and the counting-board members, with their keys and whether they decrypted")
    @APIResponse(responseCode = "200", description = BOARD, content = @Content(schema = @Schema(implementation = BoardViews.Board.class)))
    @APIResponse(responseCode = "404", description = "No such session visible to the caller (board members see their sessions, drafts included)")
    @APIResponse(responseCode = "409", description = "Not an encrypted session", content = @Content(mediaType = PROBLEM))
    public BoardViews.Board get(@RestPath UUID id) {
        return board.view(id);
    }

    @PUT
    @Path("/counting-board")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "appointCountingBoard", summary = "Appoint the counting board of an encrypted draft session by user name (replaces the board)",
            description = "Members kept by user name keep their posted key; the session's version (ETag) goes up.")
    @APIResponse(responseCode = "200", description = BOARD, content = @Content(schema = @Schema(implementation = BoardViews.Board.class)))
    @APIResponse(responseCode = "400", description = "A member listed twice", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not a draft, or not an encrypted session", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "The session changed since the caller's read", content = @Content(mediaType = PROBLEM))
    public BoardViews.Board appoint(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The session's ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull BoardViews.BoardRequest body) {
        return board.appoint(id, ifMatch, body);
    }

    @POST
    @Path("/counting-board/{guardianId}/key")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "postGuardianKey", summary = "A board member posts the public key share made in their browser, with its Schnorr proof (checked)")
    @APIResponse(responseCode = "200", description = BOARD, content = @Content(schema = @Schema(implementation = BoardViews.Board.class)))
    @APIResponse(responseCode = "400", description = "Malformed key or a proof that fails (nothing stored)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The caller is not this member", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such session or member visible to the caller")
    @APIResponse(responseCode = "409", description = "The session is open or later (keys are frozen), or not encrypted", content = @Content(mediaType = PROBLEM))
    public BoardViews.Board postKey(@RestPath UUID id, @RestPath String guardianId, @Valid @NotNull BoardViews.KeyRequest body) {
        return board.postKey(id, guardianId, body);
    }

    @GET
    @Path("/encrypted-tally")
    @Authenticated
    @Operation(operationId = "getEncryptedTally", summary = "The round's homomorphic totals per candidate and option, once the vote is closed")
    @APIResponse(responseCode = "200", description = "The summed ciphertexts", content = @Content(schema = @Schema(implementation = BoardViews.Tally.class)))
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    @APIResponse(responseCode = "409", description = "Not closed yet, or not encrypted", content = @Content(mediaType = PROBLEM))
    public BoardViews.Tally tally(@RestPath UUID id) {
        return decryptions.totals(id);
    }

    @POST
    @Path("/counting-board/{guardianId}/decryptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "postPartialDecryptions", summary = "A board member posts the partial decryptions of every total with Chaum–Pedersen proofs",
            description = "Every proof is checked before anything is stored. When the last member's shares are in, the server adds its own, "
                    + "combines them and counts the round (TALLIED); the runner publishes as for any session.")
    @APIResponse(responseCode = "200", description = BOARD, content = @Content(schema = @Schema(implementation = BoardViews.Board.class)))
    @APIResponse(responseCode = "403", description = "The caller is not this member", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such session or member visible to the caller")
    @APIResponse(responseCode = "409", description = "Not closed, already counted, or this member already decrypted", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "A share missing, extra, malformed or with a failing proof (nothing stored)", content = @Content(mediaType = PROBLEM))
    public BoardViews.Board decrypt(@RestPath UUID id, @RestPath String guardianId, @Valid @NotNull BoardViews.DecryptionsRequest body) {
        return decryptions.decrypt(id, guardianId, body);
    }
}
