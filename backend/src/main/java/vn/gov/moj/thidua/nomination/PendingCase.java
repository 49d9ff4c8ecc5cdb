package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A discipline review, investigation, inspection, complaint or denunciation about a person or unit (R-BLOCK). */
@Entity
@Table(name = "pending_case")
public class PendingCase {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "unit_id")
    public UUID unitId;

    public String kind;

    public String description;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;
}
