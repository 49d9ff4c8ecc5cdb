package vn.gov.moj.thidua.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change (nhật ký). Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    /** The actor's display name when the event was written (none on events before V83). */
    @Column(name = "actor_name")
    public String actorName;

    /** The actor's realm roles when the event was written, comma-separated (none on events before V83). */
    @Column(name = "actor_roles")
    public String actorRoles;

    @Column(name = "actor_unit")
    public UUID actorUnit;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public UUID entityId;

    public String action;

    @Column(name = "from_state")
    public String fromState;

    @Column(name = "to_state")
    public String toState;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public String detail;

    /** Set by the database when the event is written (hash chain). */
    @Column(name = "prev_hash", insertable = false, updatable = false)
    public String prevHash;

    @Column(name = "hash", insertable = false, updatable = false)
    public String hash;
}
