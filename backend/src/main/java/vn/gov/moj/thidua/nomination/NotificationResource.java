package vn.gov.moj.thidua.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.security.CurrentUser;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "In-app notices to your unit: dossiers returned, approved, rejected, decided or revoked")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationRepository notifications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Context
    HttpHeaders headers;

    /** Notices read in the caller's language (Accept-Language), as problems are. */
    private Locale language() {
        return headers == null ? ProblemTexts.VIETNAMESE : ProblemTexts.languageOf(headers.getAcceptableLanguages());
    }

    @Schema(name = "Notification")
    public record NotificationView(@Schema(required = true) UUID id, UUID nominationId,
            @Schema(required = true, examples = "RETURNED") String kind,
            @Schema(required = true, examples = "Hồ sơ đề nghị Chiến sĩ thi đua ngành Tư pháp – Nguyễn Thị Hồng Nhung bị trả lại: thiếu biên bản") String message,
            @Schema(required = true) boolean read, @Schema(required = true) Instant createdAt) {

        static NotificationView of(Notification n, Locale locale, ObjectMapper json) {
            return new NotificationView(n.id, n.nominationId, n.kind, NotificationText.of(n, locale, json), n.readAt != null, n.createdAt);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listNotifications", summary = "Your unit's notices, newest first")
    @APIResponse(responseCode = "200", description = "A page of notices")
    public Page<NotificationView> list(@RestQuery @DefaultValue("false") boolean unreadOnly, @Valid @BeanParam PageParams paging) {
        ListQuery query = new ListQuery().where("unitId = :unit", "unit", user.requireUnit());
        if (unreadOnly) {
            query.whereAlways("readAt is null");
        }
        return query.page(notifications, paging, Map.of("createdAt", "createdAt"), "-createdAt").map(n -> NotificationView.of(n, language(), json));
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Transactional
    @Operation(operationId = "markNotificationRead", summary = "Mark one of your unit's notices read")
    @APIResponse(responseCode = "200", description = "Read", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    public NotificationView read(@RestPath UUID id) {
        Notification n = notifications.findById(id);
        if (n == null || !user.belongsTo(n.unitId)) {
            throw ApiProblem.notFound("Notification", id);
        }
        if (n.readAt == null) {
            n.readAt = Instant.now(clock);
        }
        return NotificationView.of(n, language(), json);
    }
}
