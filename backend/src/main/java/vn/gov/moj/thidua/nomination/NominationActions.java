package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the dossier actions. */
public final class NominationActions {

    private NominationActions() {
    }

    @Schema(name = "ReasonRequest", description = "Why (returned to the unit, overridden, revoked …)")
    public record ReasonRequest(
            @Schema(required = true, examples = "Thiếu biên bản họp Hội đồng thi đua, khen thưởng của đơn vị") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "PublicCommentRequest", description = "Publish a state-level dossier for comments until the closing date")
    public record PublicCommentRequest(@Schema(description = "Last day to comment; default: the window of R-DEADLINE-COMMENT "
            + "(5 working days) from today", examples = "2026-03-20") LocalDate closingDate) {
    }

    @Schema(name = "CouncilVoteRequest", description = "The council review session (voting) whose published outcome decides the dossier")
    public record CouncilVoteRequest(@Schema(required = true) @NotNull UUID sessionId) {
    }

    @Schema(name = "CouncilResultRequest", description = "A council vote held on paper, entered from its minutes as counted totals")
    public record CouncilResultRequest(
            @Schema(required = true, description = "All members of the council", examples = "15") @NotNull @Min(1) @Max(200) Integer members,
            @Schema(required = true, examples = "14") @NotNull @Min(0) @Max(200) Integer yes,
            @Schema(required = true, examples = "1") @NotNull @Min(0) @Max(200) Integer no,
            @Schema(required = true, examples = "Biên bản họp Hội đồng TĐKT ngành số 12/BB-HĐTĐKT ngày 10/3/2026") @NotBlank @Size(max = 300) String minutes) {
    }

    @Schema(name = "CommentRequest")
    public record CommentRequest(@Schema(required = true, examples = "Đề nghị làm rõ phạm vi áp dụng của sáng kiến") @NotBlank @Size(max = 4000) String text) {
    }

    @Schema(name = "NominationComment")
    public record CommentView(@Schema(required = true) UUID id, @Schema(required = true, examples = "viewer") String author,
            @Schema(required = true) String text, @Schema(required = true) Instant createdAt) {

        static CommentView of(NominationComment c) {
            return new CommentView(c.id, c.author, c.text, c.createdAt);
        }
    }
}
