package vn.gov.moj.thidua.common.web;

import jakarta.ws.rs.core.EntityTag;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/** Optimistic concurrency over HTTP: the entity's version is its ETag, updates must send it back in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** @throws ApiProblem 428 when If-Match is missing, 412 when it does not name the current version */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(expected)) {
                return;
            }
        }
        throw ApiProblem.preconditionFailed(Text.of("common.stale", expected, ifMatch));
    }
}
