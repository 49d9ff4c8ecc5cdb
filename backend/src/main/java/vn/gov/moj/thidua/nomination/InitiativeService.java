package vn.gov.moj.thidua.nomination;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.nomination.eligibility.InitiativeScope;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.UnitDirectory;

/** Initiatives: recorded by the authors' unit or the secretariat; which proposal used each one. */
@ApplicationScoped
public class InitiativeService {

    static final Map<String, String> SORTABLE = Map.of("title", "title", "recognitionDate", "recognitionDate", "createdAt", "createdAt");

    @Inject
    InitiativeRepository initiatives;

    @Inject
    EntityManager em;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    public Page<InitiativeView> list(String q, UUID ownerId, InitiativeScope scope, PageParams paging) {
        Page<Initiative> page = new ListQuery()
                .search("searchText", q)
                .where(":ownerId member of ownerIds", "ownerId", ownerId)
                .where("scope = :scope", "scope", scope)
                .page(initiatives, paging, SORTABLE, "-recognitionDate");
        return page.map(this::view);
    }

    public InitiativeView get(UUID id) {
        Initiative i = initiatives.findById(id);
        if (i == null) {
            throw ApiProblem.notFound("Initiative", id);
        }
        return view(i);
    }

    @Transactional
    public InitiativeView create(InitiativeRequest r) {
        boolean sectorWide = user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
        List<UUID> lineage = sectorWide ? List.of() : directory.lineageOf(user.requireUnit());
        for (UUID owner : new LinkedHashSet<>(r.ownerIds())) {
            Person p = em.find(Person.class, owner);
            if (p == null) {
                throw ApiProblem.invalidField("ownerIds", Text.of("common.no-such", Text.of("thing.Person"), owner));
            }
            if (!sectorWide && !lineage.contains(p.unitId)) {
                throw ApiProblem.invalidField("ownerIds", Text.of("campaign.not-your-person", p.fullName));
            }
        }
        Initiative i = new Initiative();
        i.title = r.title().strip();
        i.scope = r.scope();
        i.ownerIds.addAll(r.ownerIds());
        i.recognitionNumber = r.recognitionNumber().strip();
        i.recognitionDate = r.recognitionDate();
        i.recognitionBody = r.recognitionBody().strip();
        i.priorUse = r.priorUse() == null || r.priorUse().isBlank() ? null : r.priorUse().strip();
        i.createdBy = user.username();
        initiatives.persistAndFlush(i);
        audit.record("Initiative", i.id, "create", Map.of("title", i.title, "scope", i.scope.name()));
        return view(i);
    }

    InitiativeView view(Initiative i) {
        List<InitiativeView.Owner> owners = i.ownerIds.stream()
                .map(id -> new InitiativeView.Owner(id, java.util.Optional.ofNullable(em.find(Person.class, id)).map(p -> p.fullName).orElse(null)))
                .toList();
        List<UUID> used = em.createNativeQuery("SELECT nomination_id FROM nomination_initiative WHERE initiative_id = ?1", UUID.class)
                .setParameter(1, i.id).getResultList();
        return new InitiativeView(i.id, i.title, i.scope, owners, i.recognitionNumber, i.recognitionDate, i.recognitionBody, i.priorUse,
                used.isEmpty() ? null : used.get(0), i.version, i.createdAt);
    }
}
