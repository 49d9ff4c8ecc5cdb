package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads and writes of the counting-board members' rows ({@code vote_board_member}). */
@ApplicationScoped
public class BoardMembers {

    @Inject
    EntityManager em;

    /** The session's members in the order they were appointed. */
    public List<BoardMember> of(UUID sessionId) {
        return em.createQuery("select m from BoardMember m where m.sessionId = :s order by m.position", BoardMember.class)
                .setParameter("s", sessionId).getResultList();
    }

    public Optional<BoardMember> find(UUID sessionId, String guardianId) {
        UUID id;
        try {
            id = UUID.fromString(guardianId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        BoardMember member = em.find(BoardMember.class, id);
        return member == null || !member.sessionId.equals(sessionId) ? Optional.empty() : Optional.of(member);
    }

    public boolean isMember(UUID sessionId, String username) {
        return em.createQuery("select count(m) from BoardMember m where m.sessionId = :s and m.username = :u", Long.class)
                .setParameter("s", sessionId).setParameter("u", username).getSingleResult() > 0;
    }

    /** The sessions whose board the user sits on, whatever their state. */
    public List<UUID> sessionsOf(String username) {
        return em.createQuery("select m.sessionId from BoardMember m where m.username = :u", UUID.class).setParameter("u", username).getResultList();
    }

    public void persist(BoardMember member) {
        em.persist(member);
    }

    public void remove(BoardMember member) {
        em.remove(member);
    }

    public void flush() {
        em.flush();
    }
}
