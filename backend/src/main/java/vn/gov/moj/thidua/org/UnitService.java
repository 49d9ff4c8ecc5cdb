package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.web.Versions;

@ApplicationScoped
public class UnitService {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind", "province", "province",
            "validFrom", "validFrom", "validTo", "validTo");

    @Inject
    AuditTrail audit;

    @Inject
    UnitRepository units;

    @Inject
    UnitDirectory directory;

    /** One query for the page with the parents' names joined (a projection: no entities), one for the count. */
    public Page<UnitView> list(String q, UnitKind kind, String province, UUID parentId, LocalDate activeOn, PageParams paging) {
        return new ListQuery()
                .countedAs("unit")
                .search("e.searchText", q)
                .where("e.kind = :kind", "kind", kind)
                .where("e.province = :province", "province", province)
                .where("e.parentId = :parentId", "parentId", parentId)
                .where("e.validFrom <= :activeOn and (e.validTo is null or e.validTo >= :activeOn)", "activeOn", activeOn)
                .project(units.getEntityManager(), UnitView.class, UnitView.SELECT, UnitView.FROM, paging, SORTABLE, "name");
    }

    /** The unit and its parent's name in one read-only query (no entity in the session). */
    public UnitView get(UUID id) {
        List<UnitView> found = units.getEntityManager()
                .createQuery("select " + UnitView.SELECT + " from " + UnitView.FROM + " where e.id = :id", UnitView.class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw ApiProblem.notFound("Unit", id);
        }
        return found.get(0);
    }

    @Transactional
    public UnitView create(UnitRequest request) {
        Unit unit = new Unit();
        apply(unit, request);
        units.persistAndFlush(unit);
        audit.record("Unit", unit.id, "create", request);
        return UnitView.of(unit, directory.nameOf(unit.parentId));
    }

    @Transactional
    public UnitView update(UUID id, String ifMatch, UnitRequest request) {
        Unit unit = find(id);
        Versions.requireMatch(ifMatch, unit.version);
        apply(unit, request);
        units.flush();
        audit.record("Unit", unit.id, "update", request);
        return UnitView.of(unit, directory.nameOf(unit.parentId));
    }

    private void apply(Unit unit, UnitRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ApiProblem.invalidField("validTo", Text.of("org.valid-to-before-from", request.validFrom()));
        }
        if (request.parentId() != null) {
            if (request.parentId().equals(unit.id)) {
                throw ApiProblem.invalidField("parentId", Text.of("org.own-parent"));
            }
            requireExisting("parentId", request.parentId());
        }
        if (request.successorId() != null) {
            if (request.successorId().equals(unit.id)) {
                throw ApiProblem.invalidField("successorId", Text.of("org.own-successor"));
            }
            if (request.validTo() == null) {
                throw ApiProblem.invalidField("validTo", Text.of("org.successor-needs-end"));
            }
            requireExisting("successorId", request.successorId());
            if (unit.id != null && directory.lineageOf(unit.id).contains(request.successorId())) {
                throw ApiProblem.invalidField("successorId", Text.of("org.merger-cycle"));
            }
        }
        unit.name = request.name().strip();
        unit.shortName = blankToNull(request.shortName());
        unit.kind = request.kind();
        unit.province = blankToNull(request.province());
        unit.parentId = request.parentId();
        unit.validFrom = request.validFrom();
        unit.validTo = request.validTo();
        unit.successorId = request.successorId();
    }

    private void requireExisting(String field, UUID id) {
        if (units.findById(id) == null) {
            throw ApiProblem.invalidField(field, Text.of("common.no-such", Text.of("thing.Unit"), id));
        }
    }

    Unit find(UUID id) {
        Unit unit = units.findById(id);
        if (unit == null) {
            throw ApiProblem.notFound("Unit", id);
        }
        return unit;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
