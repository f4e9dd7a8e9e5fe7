-- An enrolment's attempts, found by the enrolment: the completion rule
-- counts the passed attempts of an enrolment at its version at every
-- lesson read and every submission, and with no index on the enrolment
-- SQLite's planner read them through `quiz_attempts_by_version`: every
-- passed attempt at the course's version, by everyone, a read growing with
-- the course's attempts. The three columns are the rule's three equalities.
CREATE INDEX quiz_attempts_by_enrolment ON quiz_attempts (enrolment_id, course_version_id, result);
