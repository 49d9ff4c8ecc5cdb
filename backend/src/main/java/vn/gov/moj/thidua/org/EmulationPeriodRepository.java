package vn.gov.moj.thidua.org;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EmulationPeriodRepository implements PanacheRepositoryBase<EmulationPeriod, UUID> {
}
