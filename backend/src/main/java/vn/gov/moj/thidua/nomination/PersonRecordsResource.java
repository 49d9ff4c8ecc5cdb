package vn.gov.moj.thidua.nomination;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.Unit;

/**
 * The records that block or limit awards: pending cases (R-BLOCK) and discipline (R-TTLDTT), kept by the
 * secretariat. Read by the secretariat and admins only: they are personnel matters.
 */
@Path("/api/v1")
@Tag(name = "Pending cases and discipline", description = "Vụ việc đang xem xét và kỷ luật — what blocks an award (R-BLOCK, R-TTLDTT)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonRecordsResource {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Schema(name = "PendingCaseRequest", description = "A case about a person or a unit (one of them)")
    public record PendingCaseRequest(UUID personId, UUID unitId,
            @Schema(required = true, examples = "COMPLAINT") @NotNull @Pattern(regexp = "DISCIPLINE_REVIEW|INVESTIGATION|INSPECTION|COMPLAINT|DENUNCIATION") String kind,
            @Schema(required = true, examples = "Đơn khiếu nại đang được giải quyết") @NotBlank @Size(max = 500) String description,
            @Schema(required = true, examples = "2025-11-03") @NotNull LocalDate openedOn) {
    }

    @Schema(name = "PendingCase")
    public record PendingCaseView(@Schema(required = true) UUID id, UUID personId, UUID unitId, @Schema(required = true) String kind,
            @Schema(required = true) String description, @Schema(required = true) LocalDate openedOn, LocalDate closedOn) {

        static PendingCaseView of(PendingCase c) {
            return new PendingCaseView(c.id, c.personId, c.unitId, c.kind, c.description, c.openedOn, c.closedOn);
        }
    }

    @Schema(name = "CloseCaseRequest")
    public record CloseCaseRequest(@Schema(required = true, examples = "2026-01-15") @NotNull LocalDate closedOn) {
    }

    @Schema(name = "DisciplineRequest")
    public record DisciplineRequest(@Schema(required = true) @NotNull UUID personId,
            @Schema(required = true, examples = "CANH_CAO") @NotNull DisciplineRecord.Form form,
            @Schema(required = true, examples = "2025-06-10") @NotNull LocalDate decidedOn,
            @Schema(examples = "Vi phạm quy chế làm việc") @Size(max = 2000) String reason) {
    }

    @Schema(name = "DisciplineRecord")
    public record DisciplineView(@Schema(required = true) UUID id, @Schema(required = true) UUID personId,
            @Schema(required = true) DisciplineRecord.Form form, @Schema(required = true) LocalDate decidedOn, String reason) {

        static DisciplineView of(DisciplineRecord d) {
            return new DisciplineView(d.id, d.personId, d.form, d.decidedOn, d.reason);
        }
    }

    @GET
    @Path("/pending-cases")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "listPendingCases", summary = "Cases about a person or a unit, open ones first")
    @APIResponse(responseCode = "200", description = "The cases")
    public List<PendingCaseView> pendingCases(@RestQuery UUID personId, @RestQuery UUID unitId) {
        if ((personId == null) == (unitId == null)) {
            throw ApiProblem.invalidField("personId", Text.of("nomination.person-or-unit"));
        }
        return em.createQuery("from PendingCase where (personId = :s or unitId = :s) order by closedOn nulls first, openedOn desc, id",
                PendingCase.class).setParameter("s", personId != null ? personId : unitId).getResultList().stream()
                .map(PendingCaseView::of).toList();
    }

    @POST
    @Path("/pending-cases")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(operationId = "openPendingCase", summary = "Record an open case: while it is open, the person or unit gets no award (R-BLOCK)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PendingCaseView.class)))
    public Response openCase(@Valid @NotNull PendingCaseRequest body) {
        if ((body.personId() == null) == (body.unitId() == null)) {
            throw ApiProblem.invalidField("personId", Text.of("nomination.person-or-unit"));
        }
        if (body.personId() != null && em.find(Person.class, body.personId()) == null) {
            throw ApiProblem.invalidField("personId", Text.of("common.no-such", Text.of("thing.Person"), body.personId()));
        }
        if (body.unitId() != null && em.find(Unit.class, body.unitId()) == null) {
            throw ApiProblem.invalidField("unitId", Text.of("common.no-such", Text.of("thing.Unit"), body.unitId()));
        }
        PendingCase c = new PendingCase();
        c.id = UUID.randomUUID();
        c.personId = body.personId();
        c.unitId = body.unitId();
        c.kind = body.kind();
        c.description = body.description().strip();
        c.openedOn = body.openedOn();
        em.persist(c);
        em.flush();
        audit.record("PendingCase", c.id, "open", Map.of("kind", c.kind));
        return Response.created(URI.create("/api/v1/pending-cases/" + c.id)).entity(PendingCaseView.of(c)).build();
    }

    @POST
    @Path("/pending-cases/{id}/close")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(operationId = "closePendingCase", summary = "Close a case: it no longer blocks awards")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = PendingCaseView.class)))
    public PendingCaseView closeCase(@RestPath UUID id, @Valid @NotNull CloseCaseRequest body) {
        PendingCase c = em.find(PendingCase.class, id);
        if (c == null) {
            throw ApiProblem.notFound("Pending case", id);
        }
        if (c.closedOn != null) {
            throw ApiProblem.conflict(Text.of("nomination.case-closed", c.closedOn));
        }
        if (body.closedOn().isBefore(c.openedOn)) {
            throw ApiProblem.invalidField("closedOn", Text.of("nomination.closed-before-opened", c.openedOn));
        }
        c.closedOn = body.closedOn();
        em.flush();
        audit.record("PendingCase", c.id, "close", Map.of("closedOn", c.closedOn.toString()));
        return PendingCaseView.of(c);
    }

    @GET
    @Path("/discipline-records")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "listDisciplineRecords", summary = "A person's discipline records, latest first")
    @APIResponse(responseCode = "200", description = "The records")
    public List<DisciplineView> discipline(@RestQuery UUID personId) {
        if (personId == null) {
            throw ApiProblem.invalidField("personId", Text.of("common.required"));
        }
        return em.createQuery("from DisciplineRecord where personId = :p order by decidedOn desc, id", DisciplineRecord.class)
                .setParameter("p", personId).getResultList().stream().map(DisciplineView::of).toList();
    }

    @POST
    @Path("/discipline-records")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(operationId = "recordDiscipline", summary = "Record a discipline decision (cảnh cáo or above bars the unit's TTLĐTT that year)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DisciplineView.class)))
    public Response recordDiscipline(@Valid @NotNull DisciplineRequest body) {
        if (em.find(Person.class, body.personId()) == null) {
            throw ApiProblem.invalidField("personId", Text.of("common.no-such", Text.of("thing.Person"), body.personId()));
        }
        DisciplineRecord d = new DisciplineRecord();
        d.id = UUID.randomUUID();
        d.personId = body.personId();
        d.form = body.form();
        d.decidedOn = body.decidedOn();
        d.reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        em.persist(d);
        em.flush();
        audit.record("DisciplineRecord", d.id, "record", Map.of("form", d.form.name()));
        return Response.status(201).entity(DisciplineView.of(d)).build();
    }
}
