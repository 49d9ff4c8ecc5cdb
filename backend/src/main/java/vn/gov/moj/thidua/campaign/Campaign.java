package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/** Phong trào thi đua — launched by a unit to its target units, with targets, a period and review dates. */
@Entity
@Table(name = "campaign")
public class Campaign extends VersionedEntity {

    @Id
    public UUID id;

    public String title;

    public String slogan;

    @Enumerated(EnumType.STRING)
    public CampaignType type;

    @Enumerated(EnumType.STRING)
    public CampaignScope scope;

    /** Biểu 0601.N columns 2–4; null = not recorded (the statistics derive it from the scope). */
    @Enumerated(EnumType.STRING)
    @Column(name = "launch_level")
    public LaunchLevel launchLevel;

    /** Biểu 0601.N rows 02–05; null = not recorded (the statistics derive it from the scope). */
    @Enumerated(EnumType.STRING)
    @Column(name = "organising_scope")
    public OrganisingScope organisingScope;

    @Column(name = "launching_unit_id")
    public UUID launchingUnitId;

    @Column(name = "period_id")
    public UUID periodId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "registration_deadline")
    public LocalDate registrationDeadline;

    @Column(name = "interim_report_due")
    public LocalDate interimReportDue;

    @Column(name = "final_report_due")
    public LocalDate finalReportDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_selector")
    public TargetSelector targetSelector;

    @Column(name = "target_cluster_id")
    public UUID targetClusterId;

    @Column(name = "target_unit_kind")
    public String targetUnitKind;

    @Enumerated(EnumType.STRING)
    public CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "launched_at")
    public Instant launchedAt;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "campaign_target_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id")
    public Set<UUID> targetUnitIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_goal", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<Goal> goals = new ArrayList<>();

    /** The last day registrations are accepted. */
    public LocalDate registrationCloses() {
        return registrationDeadline != null ? registrationDeadline : endDate;
    }

    /** Who entered this campaign as history of an ended period (docs/statistics.md); null when it was made at the time. */
    @Column(name = "entered_by")
    public String enteredBy;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
