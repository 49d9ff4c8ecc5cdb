package vn.gov.moj.thidua.catalog;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AwardTypeRepository implements PanacheRepositoryBase<AwardType, UUID> {
}
