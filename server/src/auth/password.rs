//! Passwords: the policy for new ones, and argon2id hashing on a blocking
//! thread (it takes tens of milliseconds of CPU by design).
//!
//! Parameters are OWASP's argon2id recommendation: m = 19 MiB, t = 2, p = 1.
//! The policy is NIST SP 800-63B's: at least 12 characters, not a common
//! password, nothing else (no composition rules).

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tutela_app::i18n::Msg;

pub const MIN_LENGTH: usize = 12;
/// Long enough for any passphrase; bounds the work one request can cause.
pub const MAX_LENGTH: usize = 256;

static COMMON: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../assets/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

fn argon2() -> Argon2<'static> {
    // The values are constants within argon2's limits, so `new` cannot fail.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Why a new password is refused, as a message for the person choosing it;
/// `None` if it is acceptable. `personal` holds words the password must not
/// be (the staff number, the email, the name).
pub fn refuse(password: &str, personal: &[&str]) -> Option<Msg> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Some(Msg::new("accounts-password-too-short").arg("min", MIN_LENGTH).arg("length", length));
    }
    if length > MAX_LENGTH {
        return Some(Msg::new("accounts-password-too-long").arg("max", MAX_LENGTH));
    }
    let lower = password.to_lowercase();
    if COMMON.contains(&lower) {
        return Some(Msg::new("accounts-password-common"));
    }
    if personal.iter().any(|word| !word.is_empty() && lower == word.to_lowercase()) {
        return Some(Msg::new("accounts-password-personal"));
    }
    None
}

/// A random salt from the operating system.
fn salt() -> anyhow::Result<SaltString> {
    let mut bytes = [0u8; 16];
    crate::auth::random_bytes(&mut bytes);
    SaltString::encode_b64(&bytes).map_err(|err| anyhow::anyhow!("encoding a salt: {err}"))
}

/// The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`) for `password`.
/// Unbounded: for the command line and set-up; the server hashes through
/// its [`Gate`].
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        argon2()
            .hash_password(password.as_bytes(), &salt()?)
            .map(|hash| hash.to_string())
            .map_err(|err| anyhow::anyhow!("hashing a password: {err}"))
    })
    .await?
}

/// Whether `password` matches the stored PHC string.
pub async fn verify(stored: String, password: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored).is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false)
}

/// The salt of [`Gate::verify_nothing`]'s hash: it protects no password,
/// so it need not be random (and so there is no random source that could fail).
const NOTHING_SALT: &[u8; 16] = b"tutela: nobody. ";

/// The server is hashing as many passwords as it can afford at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

/// Bounds the argon2 work a server does at once: each hash takes 19 MiB
/// and tens of milliseconds of a core, so a flood of sign-ins must queue
/// briefly and then be told to try again, not exhaust memory and CPU.
#[derive(Clone, Debug)]
pub struct Gate {
    permits: std::sync::Arc<tokio::sync::Semaphore>,
    wait: std::time::Duration,
}

impl Gate {
    /// `permits` hashes at a time; a request waits at most `wait` for one.
    pub fn new(permits: usize, wait: std::time::Duration) -> Self {
        Self { permits: std::sync::Arc::new(tokio::sync::Semaphore::new(permits.max(1))), wait }
    }

    /// Two hashes per core, waiting up to two seconds.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map(usize::from).unwrap_or(2);
        Self::new(2 * cores, std::time::Duration::from_secs(2))
    }

    async fn enter(&self) -> Result<tokio::sync::SemaphorePermit<'_>, Busy> {
        match tokio::time::timeout(self.wait, self.permits.acquire()).await {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(Busy),
        }
    }

    /// [`hash`], within the bound.
    pub async fn hash(&self, password: String) -> Result<anyhow::Result<String>, Busy> {
        let _permit = self.enter().await?;
        Ok(hash(password).await)
    }

    /// [`verify`], within the bound.
    pub async fn verify(&self, stored: String, password: String) -> Result<bool, Busy> {
        let _permit = self.enter().await?;
        Ok(verify(stored, password).await)
    }

    /// Spends the same time as a verification, for attempts on accounts
    /// that do not exist or cannot sign in, so that timing does not tell
    /// them apart.
    pub async fn verify_nothing(&self, password: String) -> Result<(), Busy> {
        let _permit = self.enter().await?;
        // One argon2 computation with the same parameters, as a verification does.
        let _ = tokio::task::spawn_blocking(move || {
            let mut output = [0u8; 32];
            argon2().hash_password_into(password.as_bytes(), NOTHING_SALT, &mut output)
        })
        .await;
        Ok(())
    }

    /// Holds one permit until the guard is dropped (for tests of the bound).
    pub async fn occupy(&self) -> Result<tokio::sync::OwnedSemaphorePermit, Busy> {
        self.permits.clone().acquire_owned().await.map_err(|_| Busy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_is_length_and_not_common_and_nothing_else() {
        let english = |msg: Option<Msg>| tutela_app::i18n::catalogue::translate(Default::default(), &msg.unwrap());
        assert!(english(refuse("short", &[])).contains("at least 12"));
        assert!(english(refuse("Password1234", &[])).contains("common"));
        assert!(english(refuse("QWERTYUIOP12", &[])).contains("common"), "compared without regard to case");
        assert!(english(refuse("amina.okafor@example.org", &["AMINA.OKAFOR@example.org"])).contains("staff number"));
        assert_eq!(refuse("river lantern mango", &[]), None, "no composition rules");
        assert_eq!(refuse("ÅÄÖåäöÅÄÖåäö", &[]), None, "characters, not bytes");
        assert!(refuse(&"x".repeat(MAX_LENGTH + 1), &[]).is_some());
    }

    #[tokio::test]
    async fn a_hash_uses_owasp_parameters_and_verifies_only_its_password() {
        let stored = hash("river lantern mango".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        assert!(verify(stored.clone(), "river lantern mango".into()).await);
        assert!(!verify(stored.clone(), "river lantern mangO".into()).await);
        assert!(!verify("not a hash".into(), "river lantern mango".into()).await);
        assert_ne!(stored, hash("river lantern mango".into()).await.unwrap(), "each hash has its own salt");
    }

    #[tokio::test]
    async fn a_full_gate_answers_busy_instead_of_hashing_more() {
        let gate = Gate::new(1, std::time::Duration::ZERO);
        let stored = hash("river lantern mango".into()).await.unwrap();
        assert_eq!(gate.verify(stored.clone(), "river lantern mango".into()).await, Ok(true));
        let held = gate.occupy().await.unwrap();
        assert_eq!(gate.verify(stored.clone(), "river lantern mango".into()).await, Err(Busy));
        assert_eq!(gate.verify_nothing("x".into()).await, Err(Busy));
        assert!(gate.hash("another passphrase".into()).await.is_err());
        drop(held);
        assert_eq!(gate.verify(stored, "river lantern mango".into()).await, Ok(true), "free again");
    }
}
