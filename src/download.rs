//! Downloads of a chart: PNG and SVG drawn by the chart's own functions with its title and
//! source, and its data table as CSV with the source lines. Everything is made in the page;
//! nothing is sent anywhere.

use crate::canvas_paint::{Painter, State};
use charts::export::{self, bands, framed, svg};
use charts::theme::LIGHT;
use charts::Chart;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlCanvasElement, Url};

/// Saves `href` under `name` through a temporary link.
fn save(href: &str, name: &str) {
    let doc = gloo::utils::document();
    let Ok(a) = doc.create_element("a").map(|a| a.unchecked_into::<HtmlAnchorElement>()) else { return };
    a.set_href(href);
    a.set_download(name);
    let _ = a.set_attribute("hidden", "");
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
}

/// A `blob:` address for text of the given type (revoke it with `revoke` when done).
pub fn blob_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// Frees a `blob:` address made by `blob_url`.
pub fn revoke(url: &str) {
    let _ = Url::revoke_object_url(url);
}

/// Saves text as a file of the given type.
pub fn save_text(text: &str, mime: &str, name: &str) {
    if let Some(url) = blob_url(text, mime) {
        save(&url, name);
        revoke(&url);
    }
}

/// The type of a chart's file of the given kind (`svg`, `csv`).
pub fn mime(kind: &str) -> &'static str {
    if kind == "csv" {
        "text/csv;charset=utf-8"
    } else {
        "image/svg+xml"
    }
}

/// The size of the download: the chart's width on the page, its height plus title and source.
fn size(frame: &Element, title: &str, source: &str) -> (u32, u32) {
    let (w, h) = (frame.client_width().max(320) as f64, frame.client_height().max(160) as f64);
    let (head, foot) = bands(title, source, w);
    (w as u32, (h + head + foot) as u32)
}

pub fn png(chart: &Chart, frame: &Element, title: &str, source: &str, name: &str) {
    const SCALE: f64 = 2.0;
    let (w, h) = size(frame, title, source);
    let Ok(canvas) = gloo::utils::document().create_element("canvas") else { return };
    let canvas: HtmlCanvasElement = canvas.unchecked_into();
    canvas.set_width((w as f64 * SCALE) as u32);
    canvas.set_height((h as f64 * SCALE) as u32);
    let mut state = State::default();
    if let Some(mut painter) = Painter::new(canvas.clone(), &mut state, LIGHT.font) {
        painter.paint(&framed(chart, title, source, &LIGHT, (canvas.width(), canvas.height()), SCALE));
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            save(&url, name);
        }
    }
}

/// The chart as an SVG document with its title and source, at its size on the page.
pub fn svg_text(chart: &Chart, frame: &Element, title: &str, source: &str) -> String {
    let (w, h) = size(frame, title, source);
    svg(chart, title, source, &LIGHT, w, h)
}

/// The figure's table as CSV (`charts::export::csv`): a link's address follows its text.
pub fn csv_text(table: &Element, title: &str, source: &str) -> String {
    let mut rows = Vec::new();
    if let Ok(trs) = table.query_selector_all("tr") {
        for i in 0..trs.length() {
            let Some(row) = trs.item(i).and_then(|r| r.dyn_into::<Element>().ok()) else { continue };
            let Ok(cells) = row.query_selector_all("th, td") else { continue };
            rows.push(
                (0..cells.length())
                    .filter_map(|j| cells.item(j).and_then(|c| c.dyn_into::<Element>().ok()))
                    .map(|c| {
                        let href = c.query_selector("a").ok().flatten().and_then(|a| a.get_attribute("href"));
                        export::csv_cell(&c.text_content().unwrap_or_default(), href.as_deref())
                    })
                    .collect(),
            );
        }
    }
    export::csv(title, source, &rows)
}
