package vn.gov.moj.thidua.inbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/inbox")
@Tag(name = "Inbox", description = "Việc cần làm — the caller's to-do items on the home page")
public class InboxResource {

    @Inject
    InboxService service;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInbox", summary = "My to-do items across campaigns, scoring, voting and nominations",
            description = "Computed from the caller's roles and unit: a unit officer's registrations, reports, sheets and returned dossiers; "
                    + "a unit head's signatures and ballots; a cluster lead's sheets to verify and sessions to run; the secretariat's queues; "
                    + "a council member's agenda. Overdue items first, then by deadline.")
    @APIResponse(responseCode = "200", description = "The inbox", content = @Content(schema = @Schema(implementation = Inbox.class)))
    public Inbox inbox() {
        return service.inbox();
    }
}
