//! Finishing a rendered page before it leaves the server.
//!
//! Leptos appends to every page two inline scripts that hand resource data
//! to hydration. In islands mode nothing outside an island is serialised,
//! and Tutela's islands load no resources, so the scripts are always the
//! same empty declarations, which `boot.js` makes itself. Inline scripts
//! are what the Content-Security-Policy forbids, so they are removed here;
//! if one ever carries data, it is left in place and logged, because then
//! an island needs it (and the CSP would block it: a bug to fix, loudly).

use axum::body::Body;
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::BodyExt;

const EMPTY_SCRIPTS: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

pub async fn strip_inline_scripts(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(err) => {
            tracing::error!(%err, "page body failed while rendering");
            parts.status = axum::http::StatusCode::INTERNAL_SERVER_ERROR;
            return Response::from_parts(parts, Body::empty());
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let finished = strip(&text);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(finished))
}

/// Removes the empty hydration-data scripts that follow `</html>`.
pub fn strip(page: &str) -> String {
    let Some(end) = page.rfind("</html>").map(|at| at + "</html>".len()) else {
        return page.to_string();
    };
    let mut tail = &page[end..];
    let mut kept = String::new();
    while let Some(start) = tail.find("<script") {
        kept.push_str(&tail[..start]);
        let Some(open_end) = tail[start..].find('>').map(|at| start + at + 1) else { break };
        let Some(close) = tail[open_end..].find("</script>").map(|at| open_end + at) else { break };
        let content = &tail[open_end..close];
        if !EMPTY_SCRIPTS.contains(&content) {
            tracing::error!(script = content, "a page carries hydration data that the CSP will block");
            kept.push_str(&tail[start..close + "</script>".len()]);
        }
        tail = &tail[close + "</script>".len()..];
    }
    kept.push_str(tail);
    format!("{}{}", &page[..end], kept)
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn removes_only_the_empty_hydration_scripts() {
        let page = "<html><body>x</body></html><script nonce=\"abc\">__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];</script><script nonce=\"abc\">__INCOMPLETE_CHUNKS=[];</script>";
        assert_eq!(strip(page), "<html><body>x</body></html>");
        let with_data = "<html></html><script>__RESOLVED_RESOURCES=[1];</script>";
        assert_eq!(strip(with_data), with_data);
    }
}
