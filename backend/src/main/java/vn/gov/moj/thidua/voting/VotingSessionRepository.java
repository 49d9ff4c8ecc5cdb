package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VotingSessionRepository implements PanacheRepositoryBase<VotingSession, UUID> {
}
