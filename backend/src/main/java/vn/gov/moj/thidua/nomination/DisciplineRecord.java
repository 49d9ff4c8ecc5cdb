package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Kỷ luật of a person. Kept with nominations (the only readers are the eligibility rules) since {@code org} may not
 * depend on other capabilities and the table arrived with them.
 */
@Entity
@Table(name = "discipline_record")
public class DisciplineRecord {

    /** Forms from mildest to gravest (Law on Cadres and Civil Servants); the order matters to R-TTLDTT. */
    public enum Form {
        KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC
    }

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public Form form;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public String reason;
}
