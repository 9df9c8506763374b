//! Files in and out: downloads made in the page, files the person picked, storage status.

use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be read or offered, said once here instead of as a silent `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum FileError {
    /// The browser would not give the file's contents (moved, deleted, no permission).
    #[error("the browser could not read the file")]
    Unreadable,
    /// The file is not text in UTF-8.
    #[error("the file is not text")]
    NotText,
    /// The browser would not make the download.
    #[error("the browser could not offer the download")]
    NoDownload,
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), FileError> {
    download_parts(name, mime, &js_sys::Array::of1(&JsValue::from_str(text)))
}

/// Offers bytes as a file download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), FileError> {
    download_parts(
        name,
        mime,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
    )
}

fn download_parts(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), FileError> {
    offer(name, mime, parts).ok_or(FileError::NoDownload)
}

fn offer(name: &str, mime: &str, parts: &js_sys::Array) -> Option<()> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a: web_sys::HtmlAnchorElement = web_sys::window()?
        .document()?
        .create_element("a")
        .ok()?
        .dyn_into()
        .ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// The bytes of a file or photo.
pub async fn bytes(blob: &web_sys::Blob) -> Result<Vec<u8>, FileError> {
    let buffer = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Bytes as a Blob of the given type (a photo read from a zip).
pub fn blob(bytes: &[u8], mime: &str) -> Option<web_sys::Blob> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()
}

/// The text of a file the person picked (UTF-8).
pub async fn read_text(file: &web_sys::File) -> Result<String, FileError> {
    JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?
        .as_string()
        .ok_or(FileError::NotText)
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    Some(web_sys::window()?.navigator().storage())
}

async fn ask(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Asks the browser to keep Oase's data even when space runs low; whether it agreed.
pub async fn persist() -> bool {
    let Some(m) = storage_manager() else {
        return false;
    };
    ask(m.persist())
        .await
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether the browser has agreed to keep Oase's data.
pub async fn persisted() -> bool {
    let Some(m) = storage_manager() else {
        return false;
    };
    ask(m.persisted())
        .await
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Bytes used and available to this site, if the browser says.
pub async fn estimate() -> Option<(f64, f64)> {
    let e = ask(storage_manager()?.estimate()).await?;
    let get = |k: &str| {
        js_sys::Reflect::get(&e, &JsValue::from_str(k))
            .ok()?
            .as_f64()
    };
    Some((get("usage")?, get("quota")?))
}
