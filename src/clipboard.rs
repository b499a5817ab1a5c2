//! Writing a text to the system's clipboard, where the browser lets the page (a secure
//! context, a click): the share link and the embed code.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether `text` is now on the clipboard.
pub async fn write(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    match js_sys::Reflect::get(&navigator, &"clipboard".into()) {
        Ok(c) if !c.is_undefined() => {
            let c: web_sys::Clipboard = c.unchecked_into();
            JsFuture::from(c.write_text(text)).await.is_ok()
        }
        _ => false,
    }
}
