//! Learning: enrolments, progress, the learner's home and transcript.

pub mod model;
