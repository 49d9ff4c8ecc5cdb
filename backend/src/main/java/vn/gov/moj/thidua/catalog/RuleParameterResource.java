package vn.gov.moj.thidua.catalog;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;

@Path("/api/v1/rule-parameters")
@Tag(name = "Rule parameters", description = "Dated parameters of the rules (quotas, ratios, vote thresholds) with their legal sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleParameterResource {

    @Inject
    RuleParameterService service;

    @Inject
    RulePastVersions pastVersions;

    @GET
    @Authenticated
    @Operation(operationId = "listRuleParameters", summary = "List rule parameter versions",
            description = "With asOf: only the versions in force on that date (one per parameter). With ruleId and key and no asOf: a parameter's whole history.")
    @APIResponse(responseCode = "200", description = "A page of rule parameter versions")
    public Page<RuleParameterView> list(
            @RestQuery @Parameter(description = "Only versions in force on this date", example = "2026-06-30") LocalDate asOf,
            @RestQuery @Parameter(example = "R-CSTDCS-QUOTA") String ruleId,
            @RestQuery @Parameter(example = "maxShareOfLdtt") String key,
            @RestQuery @Parameter(description = "false: only UNVERIFIED defaults") Boolean verified,
            @RestQuery @Parameter(description = "Accent-insensitive text in rule, key or description", example = "ty le") String q,
            @Valid @BeanParam PageParams paging) {
        return service.list(asOf, ruleId, key, verified, q, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getRuleParameter", summary = "Read one version of a rule parameter")
    @APIResponse(responseCode = "200", description = "The version", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RuleParameterView.class)))
    public Response get(@RestPath UUID id) {
        RuleParameterView p = service.get(id);
        return Response.ok(p).tag(Versions.etag(p.version())).build();
    }

    @GET
    @Path("/{id}/versions")
    @Authenticated
    @Operation(operationId = "listRuleParameterVersions", summary = "Every version of the parameter this version belongs to, oldest first")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<RuleParameterView> versions(@RestPath UUID id) {
        return service.versions(id);
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getRuleParameterHistory", summary = "Who added or closed the versions of this parameter, and when")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    public List<HistoryEntry> history(@RestPath UUID id) {
        return service.history(id);
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "createRuleParameter", summary = "Add a new rule parameter (its first version)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RuleParameterView.class)))
    public Response create(@Valid @NotNull RuleParameterRequest body) {
        RuleParameterView p = service.create(body);
        return Response.created(URI.create("/api/v1/rule-parameters/" + p.id())).tag(Versions.etag(p.version())).entity(p).build();
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "reviseRuleParameter", summary = "Change a parameter from a date: adds a version and closes the one in force")
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(schema = @Schema(implementation = RuleParameterView.class)))
    public Response revise(@RestPath UUID id, @Valid @NotNull RuleRevisionRequest body) {
        RuleParameterView p = service.revise(id, body);
        return Response.created(URI.create("/api/v1/rule-parameters/" + p.id())).tag(Versions.etag(p.version())).entity(p).build();
    }

    @POST
    @Path("/{id}/past-versions")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "recordPastRuleVersion", summary = "Record a version that was in force over a past date range (back-dated), with its source and reason",
            description = "It must end before today and may not overlap any version of the parameter (409). Audited: the parameter's history shows who recorded it and why.")
    @APIResponse(responseCode = "201", description = "The recorded version", content = @Content(schema = @Schema(implementation = RuleParameterView.class)))
    @APIResponse(responseCode = "409", description = "Overlaps another version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response recordPast(@RestPath UUID id, @Valid @NotNull RulePastVersionRequest body) {
        RuleParameterView p = pastVersions.record(id, body);
        return Response.created(URI.create("/api/v1/rule-parameters/" + p.id())).tag(Versions.etag(p.version())).entity(p).build();
    }
}
