package vn.gov.moj.thidua.org;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.security.CurrentUser;

/**
 * Reads one person for {@code GET /people/{id}} as projections: the person with their unit's name, the work history
 * with each unit's name, the ratings — three statements, no entity in the session (nothing to dirty-check or keep a
 * snapshot of), where reading the entity and its two collections and then the names took four.
 */
@ApplicationScoped
public class PersonDetailRead {

    /** The person's columns and the current unit's name, in the order of {@link PersonView}. */
    private static final String PERSON = "select " + PersonView.SELECT + " from Person e left join Unit u on u.id = e.unitId where e.id = :id";
    private static final String ASSIGNMENTS = "select new vn.gov.moj.thidua.org.PersonDetail$Assignment(a.unitId, u.name, a.position, "
            + "a.validFrom, a.validTo) from PersonAssignment a left join Unit u on u.id = a.unitId where a.person.id = :id order by a.validFrom, a.id";
    private static final String RATINGS = "select new vn.gov.moj.thidua.org.PersonDetail$Rating(r.year, r.rating) from AnnualRating r "
            + "where r.person.id = :id order by r.year";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /** The person if the caller may read them (404 otherwise, as for a person that does not exist). */
    public PersonDetail read(UUID id) {
        List<PersonView> found = em.createQuery(PERSON, PersonView.class).setParameter("id", id).getResultList();
        if (found.isEmpty() || !user.canRead(found.get(0).unitId())) {
            throw ApiProblem.notFound("Person", id);
        }
        PersonView p = found.get(0);
        List<PersonDetail.Assignment> assignments = em.createQuery(ASSIGNMENTS, PersonDetail.Assignment.class).setParameter("id", id).getResultList();
        List<PersonDetail.Rating> ratings = em.createQuery(RATINGS, PersonDetail.Rating.class).setParameter("id", id).getResultList();
        return new PersonDetail(p.id(), p.fullName(), p.birthYear(), p.gender(), p.unitId(), p.unitName(), p.position(), p.leader(),
                p.employmentType(), p.version(), assignments, ratings);
    }
}
