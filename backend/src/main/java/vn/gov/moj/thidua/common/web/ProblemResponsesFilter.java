package vn.gov.moj.thidua.common.web;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every operation shares (401, 403, 400 …) once, instead of on each method.
 * Registered through {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean hasId = path.getKey().contains("{");
            path.getValue().getOperations().forEach((method, operation) -> document(method, operation, hasId));
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean hasPathParameter) {
        APIResponses responses = operation.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET;
        add(responses, "400", "Invalid request: malformed JSON, an unknown enum value, a missing or invalid field, or a bad query parameter");
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "Your role or unit does not allow this");
        if (hasPathParameter) {
            add(responses, "404", "No such object, or it is not visible to you");
        }
        if (writes) {
            add(responses, "409", "Conflicts with the current state (the problem lists the allowed actions)");
            add(responses, "415", "Send application/json");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, "412", "If-Match does not name the current version: read again and retry");
            add(responses, "428", "If-Match is missing");
        }
        add(responses, "503", "The database is unavailable; retry later");
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return; // the operation documents this status itself
        }
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content));
    }
}
