//! What the server writes to its log: a token in an address is a password
//! for as long as it works, so it never reaches the log at any level.
//! (Its own test binary: it installs the process-wide log subscriber.)

#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

use std::io::Write;
use std::sync::{Arc, Mutex};

use tutela_tests::{Backend, TestServer};

/// A log destination the test can read back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_in_addresses_never_reach_the_log_at_any_level() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("trace"))
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();
    let Some(server) = TestServer::start(Backend::Sqlite).await else { return };
    let token = "5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e7aaaa";
    let (status, _) = server.get(&format!("/activate/{token}")).await;
    assert_eq!(status, 410);
    let (status, _) = server.get("/people/12345").await;
    assert_eq!(status, 303);
    server.stop().await;
    let log = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(log.contains("/activate/…"), "the request is logged, its token left out:\n{log}");
    assert!(log.contains("/people/12345"), "other paths are logged as they are");
    assert!(!log.contains(&token[..16]), "the token appears in the log:\n{log}");
}
