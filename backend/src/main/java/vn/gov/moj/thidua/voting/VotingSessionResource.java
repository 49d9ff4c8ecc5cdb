package vn.gov.moj.thidua.voting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.signature.SignedDocumentView;
import vn.gov.moj.thidua.common.web.Versions;

@Path("/api/v1/voting-sessions")
@Tag(name = "Voting", description = "Bỏ phiếu bình xét, suy tôn — cluster elections and council reviews: setup, secret ballots, tally, minutes")
@Produces(MediaType.APPLICATION_JSON)
public class VotingSessionResource {

    private static final String DETAIL = "The session";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    SessionViews views;

    @Inject
    SessionSetup setup;

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    Tallying tallying;

    @Inject
    Publication publication;

    @Inject
    BallotService ballots;

    @Inject
    BallotLimit limit;

    @Inject
    CurrentUser caller;

    @Inject
    MinutesPapers minutesPapers;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "thidua.rate-limit.ballots-per-minute", defaultValue = "20")
    int perMinute;

    @GET
    @Authenticated
    @Operation(operationId = "listVotingSessions", summary = "Sessions the caller may see: runners see their drafts, voters their open sessions, everyone the published ones")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public Page<SessionView> list(@RestQuery VotingPurpose purpose, @RestQuery UUID clusterId, @RestQuery SessionStatus status,
            @Valid @BeanParam PageParams paging) {
        return views.list(purpose, clusterId, status, paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "createVotingSession", summary = "Set up a draft session; rules default from the rule parameters in force on its date")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid setup, e.g. a candidate outside the cluster", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "candidate", value = "{\"type\":\"/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                    + "\"detail\":\"1 fault(s); see errors\",\"errors\":[{\"field\":\"candidates[0].ref\",\"message\":\"unit … is not a member of Cụm thi đua số III\"}]}")))
    @APIResponse(responseCode = "403", description = "A cluster lead of another cluster")
    public Response create(@Valid @NotNull SessionRequest body) {
        SessionDetail session = setup.create(body);
        return Response.created(URI.create("/api/v1/voting-sessions/" + session.id())).tag(Versions.etag(session.version())).entity(session).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getVotingSession", summary = "Read a session with its rules, candidates, electorate and the caller's allowed actions")
    @APIResponse(responseCode = "200", description = DETAIL, headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller (drafts are seen by their runners only)")
    public Response get(@RestPath UUID id) {
        return ok(views.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "updateVotingSession", summary = "Edit a draft session's setup, rules, candidates or electorate (frozen once open)")
    @APIResponse(responseCode = "200", description = DETAIL, content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "409", description = "The session is open or later: its setup is frozen", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "frozen", value = "{\"type\":\"/problems/illegal-transition\",\"title\":\"Illegal state change\",\"status\":409,"
                    + "\"detail\":\"VotingSession in state OPEN does not allow 'edit'; allowed: [cast, close]\",\"currentState\":\"OPEN\",\"allowedActions\":[\"cast\",\"close\"]}")))
    public Response update(@RestPath UUID id, @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull SessionRequest body) {
        return ok(setup.update(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getVotingSessionHistory", summary = "The session's audited changes (never a ballot's content)")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    public List<HistoryEntry> history(@RestPath UUID id) {
        return views.history(id);
    }

    @POST
    @Path("/{id}/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "openVotingSession", summary = "Record who is present, check the quorum and open the vote; rules, candidates and electorate freeze")
    @APIResponse(responseCode = "200", description = DETAIL, content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "409", description = "Quorum not met (the session stays DRAFT) or not a draft", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "quorum", value = "{\"type\":\"/problems/quorum-not-met\",\"title\":\"Quorum not met\",\"status\":409,"
                    + "\"detail\":\"3 of 6 present; the quorum of 2/3 needs at least 4. The session stays DRAFT: open it again when enough members are present\","
                    + "\"currentState\":\"DRAFT\",\"allowedActions\":[\"edit\",\"open\"]}")))
    public Response open(@RestPath UUID id, @Valid @NotNull OpenRequest body) {
        return ok(lifecycle.open(id, body));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "closeVotingSession", summary = "Close the vote; the ballots are re-written in random order")
    @APIResponse(responseCode = "200", description = DETAIL, content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "409", description = "Not open")
    public Response close(@RestPath UUID id) {
        return ok(lifecycle.close(id));
    }

    @POST
    @Path("/{id}/tally")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "tallyVotingSession", summary = "Count the electronic ballots of a closed session under its frozen rules")
    @APIResponse(responseCode = "200", description = DETAIL, content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "409", description = "Not closed, or a paper session")
    public Response tally(@RestPath UUID id) {
        return ok(tallying.tally(id));
    }

    @POST
    @Path("/{id}/paper-tally")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "paperTallyVotingSession", summary = "Enter the counted totals of a closed paper session; recorded with the officer's identity")
    @APIResponse(responseCode = "200", description = DETAIL, content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "400", description = "Totals that do not add up", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "totals", value = "{\"type\":\"/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                    + "\"detail\":\"1 fault(s); see errors\",\"errors\":[{\"field\":\"validBallots\",\"message\":\"valid + invalid ballots must equal the ballots received\"}]}")))
    public Response paperTally(@RestPath UUID id, @Valid @NotNull PaperTallyRequest body) {
        return ok(tallying.paperTally(id, body));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "publishVotingSession", summary = "Publish the tallied result and the receipt codes to everyone")
    @APIResponse(responseCode = "200", description = DETAIL, content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "409", description = "Not tallied")
    public Response publish(@RestPath UUID id) {
        return ok(publication.publish(id));
    }

    @POST
    @Path("/{id}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "createVotingRound", summary = "Start the next round of a tallied session with a tie for the last seat or seats left unfilled")
    @APIResponse(responseCode = "201", description = "The new round, a draft", content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "409", description = "No tie and no seat left, or the next round exists")
    public Response newRound(@RestPath UUID id, @Valid RoundRequest body) {
        SessionDetail next = lifecycle.newRound(id, body);
        return Response.created(URI.create("/api/v1/voting-sessions/" + next.id())).tag(Versions.etag(next.version())).entity(next).build();
    }

    @POST
    @Path("/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.COUNCIL_MEMBER })
    @Operation(operationId = "castBallot", summary = "Cast the caller's ballot (a unit head for the unit, a council member for themself); once per round",
            description = "A secret ballot is stored apart from the record that the caller voted, with nothing linking them. "
                    + "In a named (non-secret) session the voter is recorded on the ballot. The receipt code is shown only in this response.")
    @APIResponse(responseCode = "201", description = "Counted; keep the receipt code", content = @Content(schema = @Schema(implementation = BallotReceipt.class)))
    @APIResponse(responseCode = "400", description = "Not a valid ballot: an unknown candidate, too many YES marks, a self-vote or abstention where not allowed",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "self", value = "{\"type\":\"/problems/validation\",\"title\":\"Invalid request\","
                    + "\"status\":400,\"detail\":\"1 fault(s); see errors\",\"errors\":[{\"field\":\"choices[0].choice\",\"message\":\"a unit may not vote for itself in this session\"}]}")))
    @APIResponse(responseCode = "403", description = "The caller sees the session but may not cast (reason in Vietnamese): not in the electorate "
            + "(e.g. the cluster lead running it), not recorded present, recused from a marked item (/problems/recused), or no second factor "
            + "when required (/problems/second-factor-required)")
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller: a unit outside the cluster or a council member not named "
            + "in the session gets 404 (its existence is hidden), not 403")
    @APIResponse(responseCode = "409", description = "Already voted in this round, or the session is not open", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "twice", value = "{\"type\":\"/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
                    + "\"detail\":\"You have already voted in round 1 of this session\"}")))
    @APIResponse(responseCode = "429", description = "Rate limit reached for your account (counted across all instances); retry after Retry-After seconds",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After", description = "Seconds until the window ends",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response cast(@RestPath UUID id, @Valid @NotNull BallotRequest body) {
        limit.hit(id, caller.username(), perMinute);
        BallotReceipt receipt = ballots.cast(id, body);
        return Response.status(201).entity(receipt).build();
    }

    @GET
    @Path("/{id}/turnout")
    @Authenticated
    @Operation(operationId = "getVotingTurnout", summary = "How many of the electorate have voted so far (runners and voters of the session)")
    @APIResponse(responseCode = "200", description = "The turnout", content = @Content(schema = @Schema(implementation = Turnout.class)))
    public Turnout turnout(@RestPath UUID id) {
        return views.turnout(id);
    }

    @GET
    @Path("/{id}/result")
    @Authenticated
    @Operation(operationId = "getVotingResult", summary = "The tally: runners once tallied, everyone once published (with the sorted receipt codes)")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = SessionResult.class)))
    @APIResponse(responseCode = "409", description = "Not tallied yet")
    public SessionResult result(@RestPath UUID id) {
        return publication.result(id);
    }

    @GET
    @Path("/{id}/minutes")
    @Authenticated
    @Produces({ "application/pdf", "text/csv" })
    @Operation(operationId = "getVotingMinutes", summary = "Biên bản kiểm phiếu as PDF (default) or the result table as CSV")
    @APIResponse(responseCode = "200", description = "The minutes", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response minutes(@RestPath UUID id, @RestQuery @DefaultValue("pdf") @Parameter(description = "pdf or csv") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"pdf".equalsIgnoreCase(format)) {
            throw ApiProblem.invalidField("format", Text.of("common.format", "pdf, csv"));
        }
        VotingSession session = publication.resultVisible(id);
        String name = "bien-ban-kiem-phieu-" + id + "-vong-" + session.round;
        if (csv) {
            return Response.ok(MinutesCsv.of(session).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        byte[] pdf = minutesPapers.pdfForSigning(id);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
    }

    @POST
    @Path("/{id}/signed-minutes")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.CLUSTER_LEAD })
    @Operation(operationId = "uploadSignedMinutes", summary = "Upload the signed copy of the session's minutes PDF (sign-and-return), by its runners",
            description = "Checked like a signed decision (EU DSS, PAdES, docs/signatures.md): every signature intact, the last covering the whole "
                    + "file, the signer's certificate under the trust list, not revoked and valid at signing time; the first revision byte for byte "
                    + "minutes ThiĐua produced for this session (GET …/minutes); for a council review the signer a present council member. "
                    + "Otherwise 422, nothing stored.")
    @APIResponse(responseCode = "201", description = "Accepted; the minutes are signed", content = @Content(schema = @Schema(implementation = SignedDocumentView.class)))
    @APIResponse(responseCode = "409", description = "Not tallied yet")
    @APIResponse(responseCode = "422", description = "Refused: unsigned, altered, untrusted, revoked or expired signer, not the produced minutes, another signer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response uploadSignedMinutes(@RestPath UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        return Response.status(201).entity(minutesPapers.uploadSigned(id, file)).build();
    }

    @GET
    @Path("/{id}/signed-minutes")
    @Authenticated
    @Operation(operationId = "listSignedMinutes", summary = "The minutes' accepted signed copies: signer, serial, issuer, signing time, verdict")
    @APIResponse(responseCode = "200", description = "Oldest first; empty while the minutes are not signed")
    @APIResponse(responseCode = "409", description = "Not tallied yet")
    public List<SignedDocumentView> signedMinutes(@RestPath UUID id) {
        return minutesPapers.signedCopies(id);
    }

    private static Response ok(SessionDetail session) {
        return Response.ok(session).tag(Versions.etag(session.version())).build();
    }
}
