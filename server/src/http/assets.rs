//! The stylesheet and the island loader, compiled into the binary and
//! served under names that carry their content hash, so browsers keep
//! them for a year and a new release is fetched at once.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use sha2::{Digest, Sha256};
use tutela_app::AssetUrls;

use super::cache::{accepts_gzip, gzip};

const STYLESHEET: &str = include_str!("../../assets/tutela.css");
const BOOT_SCRIPT: &str = include_str!("../../assets/boot.js");
const ICON: &str = include_str!("../../assets/icon.svg");

/// One embedded file, ready to serve plain or gzip-compressed.
pub struct Asset {
    pub url: String,
    content_type: &'static str,
    plain: Bytes,
    compressed: Bytes,
}

impl Asset {
    fn new(stem: &str, extension: &str, content_type: &'static str, text: &'static str) -> Self {
        let hash = hex::encode(&Sha256::digest(text.as_bytes())[..6]);
        Self {
            url: format!("/assets/{stem}.{hash}.{extension}"),
            content_type,
            plain: Bytes::from_static(text.as_bytes()),
            compressed: Bytes::from(gzip(text.as_bytes())),
        }
    }

    pub fn respond(&self, request_headers: &HeaderMap) -> Response {
        let (body, encoding) = if accepts_gzip(request_headers) {
            (self.compressed.clone(), Some("gzip"))
        } else {
            (self.plain.clone(), None)
        };
        let mut response = Response::new(Body::from(body));
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(self.content_type));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if let Some(encoding) = encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        response
    }
}

pub struct Assets {
    pub stylesheet: Asset,
    pub boot_script: Asset,
    pub icon: Asset,
    /// The three addresses, as every rendered page links them.
    pub urls: AssetUrls,
}

impl Assets {
    pub fn new() -> Self {
        let stylesheet = Asset::new("tutela", "css", "text/css; charset=utf-8", STYLESHEET);
        let boot_script = Asset::new("boot", "js", "text/javascript; charset=utf-8", BOOT_SCRIPT);
        let icon = Asset::new("icon", "svg", "image/svg+xml", ICON);
        let urls = AssetUrls {
            stylesheet: stylesheet.url.clone(),
            boot_script: boot_script.url.clone(),
            icon: icon.url.clone(),
        };
        Self { stylesheet, boot_script, icon, urls }
    }

    pub fn serve(&self, path: &str, headers: &HeaderMap) -> Response {
        [&self.stylesheet, &self.boot_script, &self.icon]
            .into_iter()
            .find(|asset| asset.url == path)
            .map(|asset| asset.respond(headers))
            .unwrap_or_else(|| StatusCode::NOT_FOUND.into_response())
    }
}

impl Default for Assets {
    fn default() -> Self {
        Self::new()
    }
}
