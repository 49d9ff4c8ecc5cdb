package vn.gov.moj.thidua.catalog;

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
public class AwardTypeService {

    static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "level", "level", "kind", "kind");

    @Inject
    AwardTypeRepository awardTypes;

    @Inject
    AuditTrail audit;

    public Page<AwardTypeView> list(String q, AwardKind kind, AwardSubject subject, AwardLevel level, Boolean active, PageParams paging) {
        return new ListQuery()
                .search("searchText", q)
                .where("kind = :kind", "kind", kind)
                .where("subject = :subject", "subject", subject)
                .where("level = :level", "level", level)
                .where("active = :active", "active", active)
                .page(awardTypes, paging, SORTABLE, "level,code")
                .map(AwardTypeView::of);
    }

    public AwardTypeView get(UUID id) {
        return AwardTypeView.of(find(id));
    }

    /** The award type, for other capabilities (registrations, nominations). */
    public AwardType find(UUID id) {
        AwardType type = id == null ? null : awardTypes.findById(id);
        if (type == null) {
            throw ApiProblem.notFound("Award type", id);
        }
        return type;
    }

    @Transactional
    public AwardTypeView create(AwardTypeRequest request) {
        if (awardTypes.count("code", request.code()) > 0) {
            throw ApiProblem.conflict(Text.of("catalog.award-code-taken", request.code()));
        }
        AwardType type = new AwardType();
        apply(type, request);
        awardTypes.persistAndFlush(type);
        audit.record("AwardType", type.id, "create", request);
        return AwardTypeView.of(type);
    }

    @Transactional
    public AwardTypeView update(UUID id, String ifMatch, AwardTypeRequest request) {
        AwardType type = find(id);
        Versions.requireMatch(ifMatch, type.version);
        if (!type.code.equals(request.code()) && awardTypes.count("code", request.code()) > 0) {
            throw ApiProblem.conflict(Text.of("catalog.award-code-taken", request.code()));
        }
        apply(type, request);
        awardTypes.flush();
        audit.record("AwardType", type.id, "update", request);
        return AwardTypeView.of(type);
    }

    private static void apply(AwardType type, AwardTypeRequest r) {
        type.code = r.code();
        type.name = r.name().strip();
        type.kind = r.kind();
        type.subject = r.subject();
        type.level = r.level();
        type.decidedBy = r.decidedBy().strip();
        type.legalInstrument = r.legalInstrument().strip();
        type.legalArticle = r.legalArticle();
        type.rewardMultiple = r.rewardMultiple();
        type.rewardSource = r.rewardSource();
        type.verified = r.verified();
        type.notes = r.notes();
        type.active = r.active();
    }
}
