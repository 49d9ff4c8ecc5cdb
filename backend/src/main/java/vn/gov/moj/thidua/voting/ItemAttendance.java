package vn.gov.moj.thidua.voting;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An item's own figures once its recused members are left out: electorate, present, and ballots that could mark it
 * (the session's figures minus the recused who were in them). Items nobody stands aside from keep the session's.
 * Source: Law 36/2018/QH14 Art. 23 (conflict of interest) by analogy, PRACTICE; Decree 98/2023 Art. 47 for the
 * quorum the item must still meet. Pure.
 */
public final class ItemAttendance {

    private ItemAttendance() {
    }

    /**
     * @param present the voter keys recorded present
     * @param voted   the voter keys whose ballots are among the valid ones (participations; for paper, the present)
     */
    public static Map<UUID, TallyPolicy.Attendance> of(List<Recusal> recusals, TallyPolicy.Attendance whole, Collection<String> present,
            Collection<String> voted) {
        Map<UUID, Set<String>> aside = new HashMap<>();
        recusals.forEach(r -> aside.computeIfAbsent(r.candidateRef(), k -> new HashSet<>()).add(r.voterKey()));
        Map<UUID, TallyPolicy.Attendance> items = new HashMap<>();
        aside.forEach((item, keys) -> {
            int presentAside = (int) keys.stream().filter(present::contains).count();
            int votedAside = (int) keys.stream().filter(voted::contains).count();
            items.put(item, new TallyPolicy.Attendance(Math.max(0, whole.electorate() - keys.size()), Math.max(0, whole.present() - presentAside),
                    Math.max(0, whole.validBallots() - votedAside), whole.invalidBallots()));
        });
        return items;
    }
}
