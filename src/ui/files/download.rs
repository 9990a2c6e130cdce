//! Downloads: a Blob offered through a temporary `<a download>` link, and
//! file names made from the design's name.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Longest file-name stem made from a design name, in characters.
const MAX_STEM: usize = 60;

/// A file-name stem from a design name: letters, digits and `_`, other runs
/// of characters become one `-`; `quorumscope-design` when nothing is left.
pub fn stem(name: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in name.chars() {
        if out.chars().count() >= MAX_STEM {
            break;
        }
        if c.is_alphanumeric() || c == '_' {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    if out.is_empty() {
        "quorumscope-design".to_string()
    } else {
        out
    }
}

/// A Blob of `text` with the MIME type `mime`.
pub fn text_blob(text: &str, mime: &str) -> Result<Blob, String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)
}

/// Offer `text` for download as the file `name`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    download_blob(name, &text_blob(text, mime)?)
}

/// Offer a Blob for download as the file `name`.
pub fn download_blob(name: &str, blob: &Blob) -> Result<(), String> {
    let url = Url::create_object_url_with_blob(blob).map_err(describe)?;
    let clicked = click_link(name, &url);
    // The browser has read the blob once the click returns; free it a bit later.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    clicked
}

/// Click a temporary `<a download>` pointing at `url`.
fn click_link(name: &str, url: &str) -> Result<(), String> {
    let doc = document();
    let a: HtmlAnchorElement = doc
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "no anchor element".to_string())?;
    a.set_href(url);
    a.set_download(name);
    a.set_hidden(true);
    let body = doc.body().ok_or("the page has no body")?;
    body.append_child(&a).map_err(describe)?;
    a.click();
    a.remove();
    Ok(())
}

/// A JavaScript error as text.
pub fn describe(error: JsValue) -> String {
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}
