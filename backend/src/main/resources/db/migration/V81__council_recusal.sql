-- Issue 19: recusal in the council's voting. The members who stand aside from an item (their unit, or a unit merged
-- into it, proposes or is the nominee; they are the nominee; or they declared a conflict), frozen at opening with the
-- electorate and added to by declarations while the vote is open. Read by the tally (the item's electorate, quorum
-- and base leave them out) and printed in the minutes.
ALTER TABLE voting_session ADD COLUMN recusals jsonb NOT NULL DEFAULT '[]'::jsonb;
