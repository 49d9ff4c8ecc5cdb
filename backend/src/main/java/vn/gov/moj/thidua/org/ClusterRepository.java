package vn.gov.moj.thidua.org;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClusterRepository implements PanacheRepositoryBase<Cluster, UUID> {
}
