//! Rust tests that need a browser: the canvas painter and the HTML chart labels, the parts of
//! the page whose result depends on the engine (canvas text, CSS transforms). They run in
//! Chromium, Firefox and WebKit through wasm-bindgen-test-runner (`cargo xtask test`).

use crate::canvas_paint::{Painter, State};
use crate::chart_labels::Labels;
use charts::picture::{Across, Down, Picture, Rgba, Shape};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const FONT: &str = "system-ui, sans-serif";
const BLUE: Rgba = Rgba { rgb: (0, 114, 178), alpha: 1.0 };
const INK: Rgba = Rgba { rgb: (51, 51, 51), alpha: 1.0 };

fn canvas(w: u32, h: u32) -> HtmlCanvasElement {
    let doc = gloo::utils::document();
    let c: HtmlCanvasElement = doc.create_element("canvas").unwrap().dyn_into().unwrap();
    c.set_width(w);
    c.set_height(h);
    doc.body().unwrap().append_child(&c).unwrap();
    c
}

/// The RGBA pixels of a rectangle of the canvas.
fn pixels(c: &HtmlCanvasElement, x: f64, y: f64, w: f64, h: f64) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.get_image_data(x, y, w, h).unwrap().data().0
}

fn text(s: &str, at: (i32, i32), size: f64) -> Shape {
    Shape::Text { text: s.into(), at, color: INK, size, bold: false, across: Across::Start, down: Down::Top, rotate: 0 }
}

#[wasm_bindgen_test]
fn shapes_land_on_their_pixels() {
    let c = canvas(100, 60);
    let picture = Picture {
        size: (100, 60),
        shapes: vec![
            Shape::Rect { from: (10, 10), to: (30, 30), color: BLUE, width: 1, fill: true },
            Shape::Circle { center: (70, 20), radius: 8, color: BLUE, width: 1, fill: true },
            Shape::Line { points: vec![(0, 50), (100, 50)], color: INK, width: 2 },
        ],
    };
    let mut state = State::default();
    Painter::new(c.clone(), &mut state, FONT).unwrap().paint(&picture);
    assert_eq!(&pixels(&c, 20.0, 20.0, 1.0, 1.0)[..], &[0, 114, 178, 255], "inside the rectangle");
    assert_eq!(&pixels(&c, 70.0, 20.0, 1.0, 1.0)[..], &[0, 114, 178, 255], "the circle's centre");
    assert_eq!(pixels(&c, 50.0, 20.0, 1.0, 1.0)[3], 0, "between them, nothing");
    assert!(pixels(&c, 50.0, 49.0, 1.0, 3.0).chunks(4).any(|p| p[3] > 0), "the line");
}

#[wasm_bindgen_test]
fn canvas_text_is_drawn_where_its_anchor_says() {
    let c = canvas(200, 60);
    let picture = Picture { size: (200, 60), shapes: vec![text("Jahr 2025", (10, 10), 16.0)] };
    let mut state = State::default();
    Painter::new(c.clone(), &mut state, FONT).unwrap().paint(&picture);
    let inked = |x, y, w, h| pixels(&c, x, y, w, h).chunks(4).filter(|p| p[3] > 0).count();
    assert!(inked(10.0, 10.0, 100.0, 20.0) > 30, "ink below and right of the anchor");
    assert_eq!(inked(0.0, 0.0, 200.0, 8.0), 0, "nothing above a top-anchored text");
    assert_eq!(inked(0.0, 0.0, 8.0, 60.0), 0, "nothing left of a start-anchored text");
}

#[wasm_bindgen_test]
fn text_on_a_background_keeps_a_halo_of_it_over_lines() {
    // A blue line through a text's middle, on a white background: around the letters the halo
    // paints the line over in white; without a background (a marker's picture) it stays.
    const WHITE: Rgba = Rgba { rgb: (255, 255, 255), alpha: 1.0 };
    let shapes = |background: bool| {
        let mut s = Vec::new();
        if background {
            s.push(Shape::Rect { from: (0, 0), to: (200, 60), color: WHITE, width: 1, fill: true });
        }
        s.push(Shape::Line { points: vec![(0, 20), (200, 20)], color: BLUE, width: 2 });
        s.push(text("MWMWMW", (10, 10), 20.0));
        s
    };
    let white_on_line = |background: bool| {
        let c = canvas(200, 60);
        let mut state = State::default();
        Painter::new(c.clone(), &mut state, FONT)
            .unwrap()
            .paint(&Picture { size: (200, 60), shapes: shapes(background) });
        pixels(&c, 10.0, 20.0, 90.0, 1.0).chunks(4).filter(|p| p[0] == 255 && p[1] == 255 && p[2] == 255).count()
    };
    assert!(white_on_line(true) > 3, "the halo covers the line around the letters");
    assert_eq!(white_on_line(false), 0, "no halo without a background");
}

#[wasm_bindgen_test]
fn labels_follow_the_picture_and_hide_when_it_has_none() {
    let doc = gloo::utils::document();
    let layer: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&layer).unwrap();
    let mut labels = Labels::default();
    let with = |s: &str| Picture { size: (400, 200), shapes: vec![text(s, (100, 50), 26.0)] };
    labels.show(&layer, &with("Ihre Wahl: 34,72 $"), 2.0);
    let span: HtmlElement = layer.first_element_child().unwrap().dyn_into().unwrap();
    assert_eq!(span.text_content().unwrap(), "Ihre Wahl: 34,72 $");
    let style = span.style();
    let at = (style.get_property_value("left").unwrap(), style.get_property_value("top").unwrap());
    assert_eq!(at, ("50px".into(), "25px".into()), "device pixels over the scale");
    assert_eq!(span.style().get_property_value("font-size").unwrap(), "13px");
    labels.show(&layer, &with("Ihre Wahl: 34,70 $"), 2.0);
    assert_eq!(layer.child_element_count(), 1, "the span is reused");
    assert_eq!(span.text_content().unwrap(), "Ihre Wahl: 34,70 $");
    labels.show(&layer, &Picture::default(), 2.0);
    assert!(span.hidden(), "no text, no label");
    labels.show(&layer, &with("Ihre Wahl: 1,00 $"), 2.0);
    assert!(!span.hidden(), "shown again");
}
