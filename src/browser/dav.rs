//! HTTP to a WebDAV collection point: one request, its status and text.
//!
//! Credentials go in an explicit `Authorization` header with `credentials: 'omit'`: with the
//! browser's own credentials a wrong password on the same origin makes Chromium wait for its
//! login prompt instead of answering 401. Method names stay upper case (`PROPFIND`): browsers
//! do not normalise methods they do not know.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/browser/glue.js")]
extern "C" {
    #[allow(clippy::too_many_arguments)]
    async fn dav_fetch(
        method: &str,
        url: &str,
        auth: Option<String>,
        content_type: Option<String>,
        body: JsValue,
        depth: Option<String>,
        probe: bool,
        want_blob: bool,
    ) -> JsValue;
    #[wasm_bindgen(js_name = sleep)]
    async fn js_sleep(ms: f64);
    fn is_online() -> bool;
}

/// What the server answered: its HTTP status and the text of the answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub status: u16,
    pub text: String,
    /// The body as a Blob, when asked for with `blob`.
    pub blob: Option<web_sys::Blob>,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Why no answer came.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DavError {
    #[error("the collection point did not answer")]
    Unreachable,
    /// Known only when asked with `probe`; without it this is [`DavError::Unreachable`].
    #[error("the server answered but does not let this app read it (CORS)")]
    Cors,
    #[error("the server sends this request to another address (a redirect, not followed)")]
    Redirected,
}

/// A request to the collection point.
pub struct Request<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub auth: Option<String>,
    pub content_type: Option<&'a str>,
    pub body: JsValue,
    pub depth: Option<&'a str>,
    /// On a network failure, find out whether CORS was the reason (one more request).
    pub probe: bool,
    /// Read the answer as a Blob (a photo) instead of text.
    pub blob: bool,
}

impl<'a> Request<'a> {
    pub fn new(method: &'a str, url: &'a str, auth: Option<String>) -> Self {
        Self {
            method,
            url,
            auth,
            content_type: None,
            body: JsValue::UNDEFINED,
            depth: None,
            probe: false,
            blob: false,
        }
    }

    pub async fn send(self) -> Result<Answer, DavError> {
        let v = dav_fetch(
            self.method,
            self.url,
            self.auth,
            self.content_type.map(str::to_owned),
            self.body,
            self.depth.map(str::to_owned),
            self.probe,
            self.blob,
        )
        .await;
        // glue.js gives the reason as a word when nothing answered, else [status, body].
        if let Some(why) = v.as_string() {
            return Err(match why.as_str() {
                "cors" => DavError::Cors,
                "redirected" => DavError::Redirected,
                _ => DavError::Unreachable,
            });
        }
        let a = js_sys::Array::from(&v);
        let status = match a.get(0).as_f64() {
            Some(s) if s >= 1.0 => u16::try_from(s as i64).unwrap_or(500),
            _ => return Err(DavError::Unreachable),
        };
        let body = a.get(1);
        Ok(Answer {
            status,
            text: body.as_string().unwrap_or_default(),
            blob: body.dyn_into().ok(),
        })
    }
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: f64) {
    js_sleep(ms).await;
}

/// Whether the browser thinks it is online.
pub fn online() -> bool {
    is_online()
}
