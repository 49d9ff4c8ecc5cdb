package vn.gov.moj.thidua.org;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/** Cá nhân — a person of the sector, with where they worked and their yearly ratings. */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "birth_year")
    public Integer birthYear;

    public String gender;

    /** The current unit (the open assignment's unit). */
    @Column(name = "unit_id")
    public UUID unitId;

    public String position;

    /** Holds a leadership position (lãnh đạo); reports compare leaders with frontline staff. */
    public boolean leader;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    public EmploymentType employmentType;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    public List<PersonAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    public List<AnnualRating> ratings = new ArrayList<>();

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
