//! Quizzes: a learner's attempts at a course's quiz (its page, the
//! questions one by one, the review before submitting, the result), the
//! trainers' essay queue and the authors' item analysis.

pub mod model;
