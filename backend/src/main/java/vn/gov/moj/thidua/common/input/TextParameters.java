package vn.gov.moj.thidua.common.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Query and path parameters follow the same rule as body text ({@link TextRules#forbiddenControl}): a {@code %00}
 * in a search term answers 400 naming the parameter instead of reaching PostgreSQL (which refuses NUL with a 500).
 */
public class TextParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                int bad = TextRules.forbiddenControl(value);
                if (bad >= 0) {
                    throw ApiProblem.invalidField(parameter.getKey(), Text.of("field.control-character", TextRules.codePoint(bad)));
                }
            }
        }
    }
}
