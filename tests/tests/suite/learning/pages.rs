//! Learning's pages and forms over HTTP (both backends).
