package vn.gov.moj.thidua.voting;

import java.util.List;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Problem.FieldError;

/** A request's faults, collected field by field and answered together as one 400. */
final class InvalidRequest {

    private InvalidRequest() {
    }

    /** @throws ApiProblem 400 listing every fault when there is any */
    static void requireNone(List<FieldError> faults) {
        if (!faults.isEmpty()) {
            throw new ApiProblem(400, "/problems/validation", "Invalid request", faults.size() + " fault(s); see errors", faults, null, null);
        }
    }
}
