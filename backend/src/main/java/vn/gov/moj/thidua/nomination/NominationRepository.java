package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NominationRepository implements PanacheRepositoryBase<Nomination, UUID> {
}
