package vn.gov.moj.thidua.scoring;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FinalScoreRepository implements PanacheRepositoryBase<FinalScore, UUID> {
}
