-- A registration entered afterwards for a period that has ended (issue 18): judged against that year's window on the
-- day it was made then, not today; marked as entered as history, with who entered it.
ALTER TABLE registration ADD COLUMN registered_on date;
ALTER TABLE registration ADD COLUMN entered_by varchar(100);
ALTER TABLE registration ADD CONSTRAINT registration_history CHECK ((registered_on IS NULL) = (entered_by IS NULL));
