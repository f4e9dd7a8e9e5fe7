//! Every scenario of the suite in one test binary, so the server and its
//! dependencies are linked once and libtest runs all of them side by side.
//! (`logs.rs` stays a binary of its own: it installs the process-wide log
//! subscriber.)

#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod access;
mod attempts;
mod audit;
mod authorisation;
mod browser;
mod caches;
mod content;
mod import;
mod languages;
mod learning;
mod learning_hr;
mod pages;
mod people;
mod privilege;
mod quiz;
mod quiz_bank;
mod quiz_bank_scope;
mod quiz_figures;
mod quiz_trainer;
mod roster;
mod sign_in;
mod storage;
mod translated;
mod translations;
