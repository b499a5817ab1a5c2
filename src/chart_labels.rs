//! The marker's labels ("Ihre Wahl: 34,72 $") as HTML over the canvas. They change with every
//! slider move, and a canvas's first `fillText` in a task costs about a tenth of a millisecond
//! in Chromium (the font is resolved again each task); a positioned `<span>` costs a text and
//! a few style writes. The labels sit where the canvas would have drawn them: the picture's
//! anchor point, size, weight and colour, in CSS pixels. Downloads and the prerendered SVG draw
//! the same text from the same picture.

use charts::picture::{Across, Down, Picture, Rgba, Shape};
use model::decimal::fixed;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A span and what it was last set to, to write only what changed (a style write costs
/// more than the comparison).
struct Span {
    el: HtmlElement,
    text: String,
    /// Anchor point (device pixels) and device pixel ratio last set.
    at: Option<((i32, i32), f64)>,
    /// Alignment and rotation last set.
    turn: Option<(Across, Down, u16)>,
    /// Font size (device pixels), weight and colour last set.
    look: Option<(f64, bool, Rgba)>,
}

/// The spans shown in one chart's label layer, reused from one drawing to the next.
#[derive(Default)]
pub struct Labels {
    spans: Vec<Span>,
    /// How many of the spans are in use.
    used: usize,
}

/// A length in device pixels as CSS pixels, with `decimals` decimals: 1 for a label, 3 for
/// a canvas, which must land on the same device pixel at any ratio.
pub fn css_px(device: f64, scale: f64, decimals: usize) -> String {
    format!("{}px", fixed(device / scale, decimals))
}

impl Labels {
    /// Shows the picture's texts in `layer` (an element laid over the canvas, the same size).
    pub fn show(&mut self, layer: &Element, picture: &Picture, scale: f64) {
        let mut used = 0;
        for shape in &picture.shapes {
            let Shape::Text { text, at, color, size, bold, across, down, rotate } = shape else { continue };
            if used == self.spans.len() {
                let Some(el) =
                    gloo::utils::document().create_element("span").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok())
                else {
                    break;
                };
                let _ = layer.append_child(&el);
                self.spans.push(Span { el, text: String::new(), at: None, turn: None, look: None });
            }
            let span = &mut self.spans[used];
            used += 1;
            // The anchor point as `left` and `top` (simple lengths, quick to set at every
            // slider move); alignment and rotation as a transform, set when they change.
            if span.at != Some((*at, scale)) {
                let style = span.el.style();
                let _ = style.set_property("left", &css_px(at.0 as f64, scale, 1));
                let _ = style.set_property("top", &css_px(at.1 as f64, scale, 1));
                span.at = Some((*at, scale));
            }
            if span.turn != Some((*across, *down, *rotate)) {
                let x = match across {
                    Across::Start => "0",
                    Across::Middle => "-50%",
                    Across::End => "-100%",
                };
                let y = match down {
                    Down::Top => "0",
                    Down::Middle => "-50%",
                    Down::Bottom => "-100%",
                };
                let turn = if *rotate == 0 { String::new() } else { format!(" rotate({rotate}deg)") };
                let _ = span.el.style().set_property("transform", &format!("translate({x},{y}){turn}"));
                span.turn = Some((*across, *down, *rotate));
            }
            let look = Some((*size, *bold, *color));
            if span.look != look {
                let style = span.el.style();
                let _ = style.set_property("font-size", &css_px(*size, scale, 1));
                let _ = style.set_property("font-weight", if *bold { "bold" } else { "normal" });
                let _ = style.set_property("color", &color.css());
                span.look = look;
            }
            if span.text != *text {
                // The text node's value, not `textContent`, which would replace the node.
                match span.el.first_child() {
                    Some(node) => node.set_node_value(Some(text)),
                    None => span.el.set_text_content(Some(text)),
                }
                span.text = text.clone();
            }
        }
        for (i, span) in self.spans.iter().enumerate() {
            let hide = i >= used;
            if (i < self.used) == hide {
                span.el.set_hidden(hide);
            }
        }
        self.used = used;
    }
}
