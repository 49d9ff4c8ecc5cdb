-- The 2026 Cụm III suy tôn draft (demo id 120003) runs with encrypted ballots (issue 16, docs/ballot-crypto.md):
-- voters' browsers encrypt, the server only ever decrypts the totals.
UPDATE voting_session SET encrypted = true WHERE id = '00000000-0000-4000-8000-000000120003';
