//! Photos: resized and re-encoded by the browser's own canvas, so no image crate ships.
//!
//! Drawing the decoded image onto a canvas and asking for a JPEG drops EXIF data (GPS position
//! included) and bounds the size: at most [`MAX_EDGE`] pixels on the long edge.

use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Longest edge of a stored photo, in pixels.
pub const MAX_EDGE: f64 = 1600.0;
/// JPEG quality, 0–1.
const QUALITY: f64 = 0.85;

#[derive(Debug, Error, Clone, PartialEq)]
pub enum PhotoError {
    #[error("the file is not an image this browser can read")]
    NotAnImage,
    #[error("the browser could not resize the photo")]
    Canvas,
}

/// Width and height that fit within [`MAX_EDGE`], keeping the aspect ratio (never enlarging).
pub fn fitted(width: f64, height: f64) -> (u32, u32) {
    let scale = (MAX_EDGE / width.max(height)).min(1.0);
    (
        (width * scale).round().max(1.0) as u32,
        (height * scale).round().max(1.0) as u32,
    )
}

/// A resized JPEG of the picture in `file`, without its metadata.
pub async fn resize(file: &web_sys::Blob) -> Result<web_sys::Blob, PhotoError> {
    let window = web_sys::window().ok_or(PhotoError::Canvas)?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(
        window
            .create_image_bitmap_with_blob(file)
            .map_err(|_| PhotoError::NotAnImage)?,
    )
    .await
    .map_err(|_| PhotoError::NotAnImage)?
    .dyn_into()
    .map_err(|_| PhotoError::NotAnImage)?;
    let (w, h) = fitted(f64::from(bitmap.width()), f64::from(bitmap.height()));
    let canvas: web_sys::HtmlCanvasElement = window
        .document()
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or(PhotoError::Canvas)?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(PhotoError::Canvas)?;
    ctx.draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(w), f64::from(h))
        .map_err(|_| PhotoError::Canvas)?;
    bitmap.close();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let fail = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            if blob.is_null() {
                let _ = fail.call0(&JsValue::NULL);
            } else {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            }
        });
        if canvas
            .to_blob_with_type_and_encoder_options(
                done.unchecked_ref(),
                "image/jpeg",
                &JsValue::from(QUALITY),
            )
            .is_err()
        {
            let _ = reject.call0(&JsValue::NULL);
        }
    });
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|b| b.dyn_into().ok())
        .ok_or(PhotoError::Canvas)
}

/// An address the page can show the blob under, until [`release_url`].
pub fn object_url(blob: &web_sys::Blob) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(blob).ok()
}

pub fn release_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}
