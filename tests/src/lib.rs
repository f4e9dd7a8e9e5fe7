//! The test harness: a real Tutela server on port 0 over a real database.
//!
//! Every scenario runs against SQLite (a temporary file) and PostgreSQL (a
//! schema of its own in the `test` database, so tests run in parallel).
//! Where PostgreSQL does not answer, its tests say so and pass as skipped;
//! with `CI=true` they fail instead.

#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

use std::path::{Path, PathBuf};

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::oneshot;
use tutela_app::store::SharedStore;

/// The PostgreSQL the tests use; `TUTELA_TEST_POSTGRES` overrides it.
pub fn postgres_url() -> String {
    std::env::var("TUTELA_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// `host:port` of [`postgres_url`].
pub fn postgres_address() -> String {
    let url = postgres_url();
    let after_at = url.split('@').nth(1).unwrap_or("127.0.0.1:5432/test");
    after_at.split('/').next().unwrap_or("127.0.0.1:5432").to_string()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named `async fn(Backend)` as two tests, `sqlite::name` and
/// `postgres::name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Postgres).await
                }
            )*
        }
    };
}

/// True when a missing dependency must fail the run instead of skipping.
pub fn strict() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Tells the person running the tests that one was skipped, past libtest's
/// output capture (which holds `eprintln!` of passing tests back).
pub fn say_skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "SKIPPED: {why}");
}

/// A database of the test's own, removed when dropped.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    schema: Option<String>,
}

impl TestDb {
    /// `None` (after saying why) when the backend is unavailable here.
    pub async fn create(backend: Backend) -> Option<Self> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temporary folder");
                let url = format!("sqlite://{}", dir.path().join("tutela.db").display());
                Some(Self { url, _dir: Some(dir), schema: None })
            }
            Backend::Postgres => {
                let base = postgres_url();
                let pool =
                    sqlx::postgres::PgPoolOptions::new().acquire_timeout(Duration::from_secs(3)).connect(&base).await;
                let pool = match pool {
                    Ok(pool) => pool,
                    Err(err) => {
                        if strict() {
                            panic!("CI=true and PostgreSQL does not answer at {base}: {err}");
                        }
                        say_skipped(&format!(
                            "PostgreSQL does not answer at {base} ({err}); set it up to run the PostgreSQL tests"
                        ));
                        return None;
                    }
                };
                static COUNTER: AtomicU64 = AtomicU64::new(0);
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.subsec_nanos())
                    .unwrap_or(0);
                let schema = format!("t_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), nanos);
                sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&pool).await.expect("create a test schema");
                pool.close().await;
                let url = format!("{base}?options=-c%20search_path%3D{schema}");
                Some(Self { url, _dir: None, schema: Some(schema) })
            }
        }
    }

    /// The same database, reached through another address (a proxy).
    pub fn reached_through(mut self, address: &str) -> Self {
        self.url = self.url.replace(&postgres_address(), address);
        self
    }

    /// Runs one SQL statement directly, as someone with database access
    /// could, bypassing Tutela.
    pub async fn execute(&self, statement: &str) -> Result<(), String> {
        let result = if self.schema.is_some() {
            let pool = sqlx::PgPool::connect(&self.url).await.map_err(|e| e.to_string())?;
            let result = sqlx::query(statement).execute(&pool).await.map(|_| ());
            pool.close().await;
            result
        } else {
            let pool = sqlx::SqlitePool::connect(&self.url).await.map_err(|e| e.to_string())?;
            let result = sqlx::query(statement).execute(&pool).await.map(|_| ());
            pool.close().await;
            result
        };
        result.map_err(|e| e.to_string())
    }

    pub async fn store(&self) -> SharedStore {
        tutela_server::db::open(&self.url).await.expect("open the test database")
    }

    /// [`TestDb::store`] whose "now" is `clock`: give it the clock handed
    /// to the server (`AuthConfig::clock`, which the server's own store
    /// also reads) so that what the test writes and what the server
    /// checks see the same time.
    pub async fn store_at(&self, clock: tutela_server::clock::Clock) -> SharedStore {
        let options = tutela_server::db::StoreOptions { clock, ..Default::default() };
        tutela_server::db::open_with(&self.url, options).await.expect("open the test database")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(schema) = self.schema.take() else { return };
        // Drop runs outside async code, so the clean-up gets a runtime of its own.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
            runtime.block_on(async move {
                if let Ok(pool) = sqlx::PgPool::connect(&postgres_url()).await {
                    let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE")).execute(&pool).await;
                    pool.close().await;
                }
            });
        })
        .join();
    }
}

/// The repository's `content/` folder: the curriculum Tutela ships.
pub fn shipped_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// The browser bundle folder, when `cargo xtask` has built one.
pub fn site_root() -> PathBuf {
    std::env::var_os("TUTELA_SITE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site"))
}

/// A running server and the database under it.
pub struct TestServer {
    pub base: String,
    pub store: SharedStore,
    pub client: reqwest::Client,
    /// The server's clock (`AuthConfig::clock`): a manual one moves time
    /// for the server and its store.
    pub clock: tutela_server::clock::Clock,
    /// The server's page cache.
    cache: std::sync::Arc<tutela_server::http::cache::PageCache>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    pub db: TestDb,
}

impl TestServer {
    /// Starts Tutela on 127.0.0.1:0 over a new database into which the
    /// shipped curriculum has been imported.
    pub async fn start(backend: Backend) -> Option<Self> {
        let db = TestDb::create(backend).await?;
        let store = db.store().await;
        tutela_server::demo::ensure(store.as_ref()).await.expect("demo data");
        tutela_server::content::import(store.as_ref(), &shipped_content()).await.expect("the shipped content imports");
        Some(Self::serve(db, store).await)
    }

    /// Starts Tutela over an existing database.
    pub async fn serve(db: TestDb, store: SharedStore) -> Self {
        Self::serve_with(db, store, tutela_server::auth::AuthConfig::default()).await
    }

    /// Starts Tutela over an existing database with the given session and
    /// sign-in limits.
    pub async fn serve_with(db: TestDb, store: SharedStore, auth: tutela_server::auth::AuthConfig) -> Self {
        Self::serve_keyed(db, store, auth, None).await
    }

    /// Starts Tutela over an existing database with the given limits and
    /// audit key (`TUTELA_AUDIT_KEY`).
    pub async fn serve_keyed(
        db: TestDb,
        store: SharedStore,
        auth: tutela_server::auth::AuthConfig,
        audit_key: Option<tutela_server::audit::AuditKey>,
    ) -> Self {
        if std::env::var_os("TUTELA_TEST_LOG").is_some() {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(tracing_subscriber::EnvFilter::from_env("TUTELA_TEST_LOG"))
                .with_writer(std::io::stderr)
                .try_init();
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let clock = auth.clock.clone();
        let cache = std::sync::Arc::new(tutela_server::http::cache::PageCache::default());
        let config = tutela_server::Config {
            database: db.url.clone(),
            site_root: site_root(),
            content_poll: Duration::from_millis(100),
            upload_sweep: Duration::from_secs(3600),
            auth,
            audit_key,
            cache: cache.clone(),
            // Test servers answer `tutela_lang=pseudo` in the pseudo-locale.
            pseudo_locale: true,
        };
        let (shutdown, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(tutela_server::run(config, listener, async move {
            let _ = stopped.await;
        }));
        let client =
            reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("http client");
        let server = Self { base, store, client, clock, cache, shutdown: Some(shutdown), task: Some(task), db };
        server.wait_until_healthy().await;
        server
    }

    /// The listener is bound before the server starts, so this request
    /// waits in its queue until the server answers; no polling. (If the
    /// server fails to start, the listener closes and the request fails.)
    async fn wait_until_healthy(&self) {
        let response = self.client.get(self.url("/healthz")).send().await;
        let status = response.map(|response| response.status().as_u16());
        assert!(matches!(status, Ok(200)), "the server did not become healthy at {}: {status:?}", self.base);
    }

    /// Brings the server's page cache up to the database's content
    /// generation now, as its poll would within `content_poll`.
    pub async fn catch_up(&self) {
        self.cache.observe_generation(self.store.content_generation().await.expect("content generation"));
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// GET a page: its status and its text.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let response = self.client.get(self.url(path)).send().await.unwrap_or_else(|err| panic!("GET {path}: {err}"));
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// Stops the server and waits for it to finish.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("server ended cleanly");
        }
    }
}

/// A scratch copy of a content folder that a test may change.
pub fn scratch_copy(source: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_dir(source, dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

/// Writes `text` to `dir/relative`, creating folders.
pub fn write(dir: &Path, relative: &str, text: &str) {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(path, text).expect("write file");
}

/// A TCP proxy to a database that a test can cut, as if the database had
/// stopped answering: open connections break and new ones are refused.
pub struct CuttableProxy {
    address: String,
    task: tokio::task::JoinHandle<()>,
    connections: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl CuttableProxy {
    pub async fn start(upstream: String) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let address = listener.local_addr().expect("address").to_string();
        let connections: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>> = Default::default();
        let tracked = connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let upstream = upstream.clone();
                let handle = tokio::spawn(async move {
                    if let Ok(mut server) = tokio::net::TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                tracked.lock().expect("proxy connections").push(handle);
            }
        });
        Self { address, task, connections }
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    /// Stops accepting and drops every open connection.
    pub fn cut(&self) {
        self.task.abort();
        for connection in self.connections.lock().expect("proxy connections").drain(..) {
            connection.abort();
        }
    }
}

/// One browser's worth of HTTP: keeps the cookies the server sets and sends
/// them back, follows no redirects (tests look at them).
pub struct Visitor {
    base: String,
    client: reqwest::Client,
    cookies: std::sync::Mutex<std::collections::BTreeMap<String, String>>,
    /// Sent as `X-Forwarded-For`, as a trusted proxy would name the client.
    forwarded_for: Option<String>,
}

/// An answer: status, headers and text.
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Every `Set-Cookie` line that sets cookie `name`.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|line| line.starts_with(&format!("{name}=")))
            .map(str::to_string)
    }

    /// The body without the `<bdi>` tags that set off text from the
    /// records (names, codes) inside a sentence: what a reader reads, for
    /// tests that look for a sentence with such text in it.
    pub fn words(&self) -> String {
        self.body.replace("<bdi>", "").replace("</bdi>", "")
    }

    /// The value of the form's hidden `csrf` field.
    pub fn csrf(&self) -> String {
        let marker = r#"name="csrf" value=""#;
        let start = self.body.find(marker).unwrap_or_else(|| panic!("no csrf field in:\n{}", self.body)) + marker.len();
        self.body[start..].split('"').next().unwrap_or_default().to_string()
    }
}

impl Visitor {
    pub fn new(server: &TestServer) -> Self {
        Self {
            base: server.base.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(15))
                .build()
                .expect("http client"),
            cookies: Default::default(),
            forwarded_for: None,
        }
    }

    /// A visitor whose requests arrive through a proxy that names the
    /// client `address` in `X-Forwarded-For` (believed only when the server
    /// trusts the proxy, here 127.0.0.1).
    pub fn from_address(server: &TestServer, address: &str) -> Self {
        Self { forwarded_for: Some(address.to_string()), ..Self::new(server) }
    }

    fn cookie_header(&self) -> String {
        self.cookies.lock().unwrap().iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    /// Sets (or with `None`, forgets) a cookie by hand, as an attacker could.
    pub fn set_cookie(&self, name: &str, value: Option<&str>) {
        let mut cookies = self.cookies.lock().unwrap();
        match value {
            Some(value) => cookies.insert(name.to_string(), value.to_string()),
            None => cookies.remove(name),
        };
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().unwrap().get(name).cloned()
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Reply {
        let cookies = self.cookie_header();
        let request = if cookies.is_empty() { request } else { request.header("cookie", cookies) };
        let request = match &self.forwarded_for {
            Some(address) => request.header("x-forwarded-for", address),
            None => request,
        };
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        for line in headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()) {
            let Some((name, rest)) = line.split_once('=') else { continue };
            let value = rest.split(';').next().unwrap_or_default();
            let expired = line.to_ascii_lowercase().contains("max-age=0");
            let mut cookies = self.cookies.lock().unwrap();
            if expired || value.is_empty() {
                cookies.remove(name);
            } else {
                cookies.insert(name.to_string(), value.to_string());
            }
        }
        Reply { status, headers, body: response.text().await.expect("body") }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(self.client.get(format!("{}{path}", self.base))).await
    }

    /// POST a form, as a browser on this site would (with `Origin`).
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Reply {
        self.post_from(path, form, Some(&self.base.clone())).await
    }

    /// POST a form with the given `Origin` header (or none).
    pub async fn post_from(&self, path: &str, form: &[(&str, &str)], origin: Option<&str>) -> Reply {
        let mut request = self.client.post(format!("{}{path}", self.base)).form(form);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        self.send(request).await
    }

    /// POST a multipart form with text fields and one file, as a browser on
    /// this site would.
    pub async fn post_file(&self, path: &str, fields: &[(&str, &str)], file: (&str, &str, Vec<u8>)) -> Reply {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        let (name, file_name, bytes) = file;
        form = form.part(name.to_string(), reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()));
        let request =
            self.client.post(format!("{}{path}", self.base)).multipart(form).header("origin", self.base.clone());
        self.send(request).await
    }

    /// Opens the sign-in page and signs in; returns the answer to the POST.
    pub async fn sign_in(&self, login: &str, password: &str) -> Reply {
        let page = self.get("/sign-in").await;
        let csrf = page.csrf();
        self.post("/sign-in", &[("csrf", &csrf), ("login", login), ("password", password), ("next", "")]).await
    }
}

/// Adds a person to the demo institution (which must exist), with an
/// account whose password is `password` (hashed as Tutela hashes it) or
/// none. Returns the account id.
pub async fn add_person(
    store: &SharedStore,
    staff_number: &str,
    email: Option<&str>,
    password: Option<&str>,
) -> tutela_app::ids::AccountId {
    use tutela_app::store::NewPerson;
    let person = NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: staff_number.into(),
        given_name: "Amina".into(),
        family_name: format!("Okafor {staff_number}"),
        email: email.map(str::to_string),
        cadre_slug: "prosecutor".into(),
        unit_code: "north".into(),
        hire_date: "2024-03-01".into(),
    };
    let person_id = store.create_person(&person, "test").await.expect("create a person");
    let hash = match password {
        Some(password) => Some(tutela_server::auth::password::hash(password.into()).await.expect("hash")),
        None => None,
    };
    store.create_account(person_id, hash.as_deref(), "test").await.expect("create an account")
}
