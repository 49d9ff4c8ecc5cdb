package vn.gov.moj.thidua.org;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
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
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;

/** People: sector-wide readers see everyone; everybody else sees only their own unit's people. */
@ApplicationScoped
public class PersonService {

    static final Map<String, String> SORTABLE = Map.of("fullName", "fullName", "birthYear", "birthYear",
            "position", "position", "employmentType", "employmentType");

    @Inject
    AuditTrail audit;

    /** "Today" and "this year" are Vietnam's (the Clock's zone), whatever time zone the instance runs in. */
    @Inject
    Clock clock;

    @Inject
    PersonRepository people;

    @Inject
    UnitRepository units;

    @Inject
    UnitDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    PersonDetailRead reads;

    /** A search needs this many characters: shorter ones match most of the sector and no index helps them. */
    static final int SEARCH_MIN_LENGTH = 2;
    /** A search counts at most this many matches; the page says "hơn 1.000" beyond. */
    static final int SEARCH_COUNT_CAP = 1000;

    /** One query for the page with its unit names joined (a projection: no entities), one for the count. */
    public Page<PersonView> list(String q, UUID unitId, Boolean leader, PageParams paging) {
        ListQuery query = new ListQuery()
                .countedAs("person")
                .search("e.searchText", q, SEARCH_MIN_LENGTH)
                .capSearchCountAt(SEARCH_COUNT_CAP)
                .where("e.unitId = :unitId", "unitId", unitId)
                .where("e.leader = :leader", "leader", leader);
        if (!user.readsAllUnits()) {
            query.where("e.unitId = :ownUnit", "ownUnit", user.requireUnit());
        }
        return query.project(people.getEntityManager(), PersonView.class, PersonView.SELECT,
                "Person e left join Unit u on u.id = e.unitId", paging, SORTABLE, "fullName");
    }

    public PersonDetail get(UUID id) {
        return reads.read(id);
    }

    @Transactional
    public PersonDetail create(PersonRequest request) {
        requireUnit(request.unitId());
        Person person = new Person();
        apply(person, request);
        person.assignments.add(assignment(person, request.unitId(), request.position(), startOf(request)));
        people.persistAndFlush(person);
        audit.record("Person", person.id, "create", request);
        return detail(person);
    }

    @Transactional
    public PersonDetail update(UUID id, String ifMatch, PersonRequest request) {
        Person person = findVisible(id);
        Versions.requireMatch(ifMatch, person.version);
        requireUnit(request.unitId());
        PersonAssignment current = person.assignments.stream().filter(a -> a.validTo == null).findFirst().orElse(null);
        boolean transfer = !request.unitId().equals(person.unitId);
        if (transfer) {
            LocalDate start = startOf(request);
            if (current != null) {
                if (!start.isAfter(current.validFrom)) {
                    throw ApiProblem.invalidField("assignedFrom", Text.of("org.transfer-too-early", current.validFrom));
                }
                current.validTo = start.minusDays(1);
                people.flush();
            }
            person.assignments.add(assignment(person, request.unitId(), request.position(), start));
        } else if (current != null) {
            current.position = UnitService.blankToNull(request.position());
        }
        apply(person, request);
        people.flush();
        audit.record("Person", person.id, transfer ? "transfer" : "update", request);
        return detail(person);
    }

    /**
     * Sets one year's rating. The ratings are part of the person (their detail and ETag), so this is an update of the
     * person: If-Match with the person's ETag is required whether the year had a rating or not (428 without it, 412
     * when stale), as for score-sheet entries, and the person's version moves on so other editors' ETags go stale.
     */
    @Transactional
    public PersonDetail rate(UUID id, int year, String ifMatch, PerformanceRating rating) {
        Person person = findVisible(id);
        boolean maintainsAll = user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ADMIN);
        if (!maintainsAll && !user.belongsTo(person.unitId)) {
            throw ApiProblem.forbidden(Text.of("org.rating-recorders"));
        }
        if (year < 1990 || year > Year.now(clock).getValue()) {
            throw ApiProblem.invalidField("year", Text.of("org.rating-year"));
        }
        Versions.requireMatch(ifMatch, person.version);
        // The ratings are the inverse side of their association: touch the person and flush first, so its version moves
        // on in an UPDATE … WHERE version = <the one read> before any rating row is written. Of simultaneous ratings
        // sent with one ETag exactly one gets through; the others fail that check (412), even for the same year.
        person.updatedAt = Instant.now(clock);
        people.flush();
        AnnualRating existing = person.ratings.stream().filter(r -> r.year == year).findFirst().orElse(null);
        if (existing != null) {
            existing.rating = rating;
        } else {
            AnnualRating added = new AnnualRating();
            added.person = person;
            added.year = year;
            added.rating = rating;
            person.ratings.add(added);
        }
        people.flush();
        audit.record("Person", person.id, "rate", java.util.Map.of("year", year, "rating", rating));
        return detail(person);
    }

    Person findVisible(UUID id) {
        Person person = people.findById(id);
        if (person == null || !user.canRead(person.unitId)) {
            throw ApiProblem.notFound("Person", id);
        }
        return person;
    }

    private void requireUnit(UUID unitId) {
        if (units.findById(unitId) == null) {
            throw ApiProblem.invalidField("unitId", Text.of("common.no-such", Text.of("thing.Unit"), unitId));
        }
    }

    private LocalDate startOf(PersonRequest request) {
        return request.assignedFrom() != null ? request.assignedFrom() : LocalDate.now(clock);
    }

    private static void apply(Person person, PersonRequest request) {
        person.fullName = request.fullName().strip();
        person.birthYear = request.birthYear();
        person.gender = request.gender();
        person.unitId = request.unitId();
        person.position = UnitService.blankToNull(request.position());
        person.leader = request.leader();
        person.employmentType = request.employmentType();
    }

    private static PersonAssignment assignment(Person person, UUID unitId, String position, LocalDate from) {
        PersonAssignment assignment = new PersonAssignment();
        assignment.person = person;
        assignment.unitId = unitId;
        assignment.position = UnitService.blankToNull(position);
        assignment.validFrom = from;
        return assignment;
    }

    private PersonDetail detail(Person person) {
        List<UUID> unitIds = new ArrayList<>(person.assignments.stream().map(a -> a.unitId).toList());
        unitIds.add(person.unitId);
        Map<UUID, String> names = directory.namesOf(unitIds);
        return new PersonDetail(person.id, person.fullName, person.birthYear, person.gender, person.unitId,
                names.get(person.unitId), person.position, person.leader, person.employmentType, person.version,
                person.assignments.stream()
                        .map(a -> new PersonDetail.Assignment(a.unitId, names.get(a.unitId), a.position, a.validFrom, a.validTo))
                        .toList(),
                person.ratings.stream().map(r -> new PersonDetail.Rating(r.year, r.rating)).toList());
    }
}
