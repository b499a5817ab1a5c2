//! A chart on paper. The canvases are drawn for the screen's width, and the print's column is
//! another: stretched to it, the base would squash its text and the marker's canvas and labels
//! (placed in CSS pixels) would stand beside the data. Before the browser lays the page out
//! for print (`beforeprint`, also sent for a PDF), the chart as the reader set it is written
//! as SVG into the frame's print layer (`.chart-print`), which the style sheet shows on paper
//! in place of the canvases, scaled to the column with its proportions; after printing the
//! layer is emptied. Charts never drawn (a closed calculator) are written too. Paper is light.

use charts::export::svg_plain;
use charts::{theme, Chart};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// The width the chart is laid out at for print, CSS pixels: about a printed page's column
/// (A4 or Letter with the browser's margins), so that its text prints at about its size on
/// screen.
pub const PRINT_WIDTH: u32 = 640;

/// Fills `layer` with the latest chart, `height` CSS pixels high, before printing.
#[hook]
pub fn use_print_picture(layer: NodeRef, latest: Rc<RefCell<Chart>>, height: u32) {
    use_effect_with(layer, move |layer| {
        let window = gloo::utils::window();
        let before = {
            let layer = layer.clone();
            EventListener::new(&window, "beforeprint", move |_| {
                if let Some(l) = layer.cast::<Element>() {
                    l.set_inner_html(&svg_plain(&latest.borrow(), &theme::LIGHT, PRINT_WIDTH, height));
                }
            })
        };
        let after = {
            let layer = layer.clone();
            EventListener::new(&window, "afterprint", move |_| {
                if let Some(l) = layer.cast::<Element>() {
                    l.set_inner_html("");
                }
            })
        };
        move || drop((before, after))
    });
}
