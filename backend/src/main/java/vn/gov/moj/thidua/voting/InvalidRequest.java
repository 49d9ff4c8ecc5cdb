package vn.gov.moj.thidua.voting;

import java.util.List;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/** A request's faults, collected field by field and answered together as one 400. */
final class InvalidRequest {

    private InvalidRequest() {
    }

    /** @throws ApiProblem 400 listing every fault when there is any */
    static void requireNone(List<FieldText> faults) {
        if (!faults.isEmpty()) {
            throw ApiProblem.invalidFields(faults);
        }
    }
}
