//! The canvas as PNG: the exported SVG drawn into an `<img>` through a
//! `blob:` URL, then onto a canvas sized to the whole drawing (scaled down
//! when large, never cropped) and saved with `toBlob`.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, Url};

use super::download::{describe, download_blob, text_blob};
use super::exports::{Kind, finish, picture_svg};
use crate::ui::state::AppState;

/// Pixels per drawing unit when the drawing is small enough.
const SCALE: f64 = 2.0;
/// Largest picture, in pixels (browsers refuse much larger canvases).
const MAX_PIXELS: f64 = 16_000_000.0;
/// Longest side, in pixels.
const MAX_SIDE: f64 = 16_000.0;

/// The scale drawing a `w` x `h` drawing whole within the pixel limits.
pub fn scale_for(w: f64, h: f64) -> f64 {
    let (w, h) = (w.max(1.0), h.max(1.0));
    SCALE
        .min((MAX_PIXELS / (w * h)).sqrt())
        .min(MAX_SIDE / w)
        .min(MAX_SIDE / h)
}

/// Render the canvas to PNG and offer it as `name`; the outcome is shown.
pub fn export_png(state: AppState, name: String) {
    let svg = picture_svg(&state);
    let (w, h) = {
        let scene = state.scene.get_untracked();
        (scene.width, scene.height)
    };
    leptos::task::spawn_local(async move {
        let outcome = match render(&svg, w, h).await {
            Ok(png) => download_blob(&name, &png),
            Err(e) => Err(e),
        };
        finish(&state, Kind::Png, &name, outcome);
    });
}

/// The PNG of an SVG document whose drawing is `w` x `h` units.
async fn render(svg: &str, w: f64, h: f64) -> Result<Blob, String> {
    let url =
        Url::create_object_url_with_blob(&text_blob(svg, "image/svg+xml")?).map_err(describe)?;
    let drawn = draw(&url, w, h).await;
    let _ = Url::revoke_object_url(&url);
    let canvas = drawn?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(e) = canvas.to_blob_with_type(&resolve, "image/png") {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    });
    let blob = JsFuture::from(promise).await.map_err(describe)?;
    blob.dyn_into::<Blob>().map_err(|_| {
        "the browser could not encode the picture as PNG (it may be too large)".to_string()
    })
}

/// A canvas with the image at `url` drawn on it, scaled to fit the limits.
async fn draw(url: &str, w: f64, h: f64) -> Result<HtmlCanvasElement, String> {
    let img = HtmlImageElement::new().map_err(describe)?;
    img.set_src(url);
    JsFuture::from(img.decode())
        .await
        .map_err(|e| format!("the picture could not be drawn: {}", describe(e)))?;
    let scale = scale_for(w, h);
    let (pw, ph) = ((w * scale).ceil().max(1.0), (h * scale).ceil().max(1.0));
    let canvas: HtmlCanvasElement = document()
        .create_element("canvas")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "no canvas element".to_string())?;
    canvas.set_width(pw as u32);
    canvas.set_height(ph as u32);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(describe)?
        .ok_or("the browser gave no 2D canvas")?
        .dyn_into()
        .map_err(|_| "the browser gave no 2D canvas".to_string())?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, pw, ph)
        .map_err(describe)?;
    Ok(canvas)
}
