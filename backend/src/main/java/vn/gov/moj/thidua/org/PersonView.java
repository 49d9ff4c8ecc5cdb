package vn.gov.moj.thidua.org;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person", description = "Cá nhân — a person of the sector")
public record PersonView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Nguyễn Thị Hoa") String fullName,
        @Schema(examples = "1985") Integer birthYear,
        @Schema(examples = "F") String gender,
        @Schema(required = true) UUID unitId,
        @Schema(examples = "Cục Trợ giúp pháp lý") String unitName,
        @Schema(examples = "Chuyên viên chính") String position,
        @Schema(required = true, description = "Holds a leadership position") boolean leader,
        @Schema(required = true) EmploymentType employmentType,
        @Schema(required = true) long version) {

    /** The constructor expression of a page's projection over {@code Person e left join Unit u}. */
    static final String SELECT = "new vn.gov.moj.thidua.org.PersonView(e.id, e.fullName, e.birthYear, e.gender, e.unitId, u.name, "
            + "e.position, e.leader, e.employmentType, e.version)";

    static PersonView of(Person person, String unitName) {
        return new PersonView(person.id, person.fullName, person.birthYear, person.gender, person.unitId, unitName,
                person.position, person.leader, person.employmentType, person.version);
    }
}
