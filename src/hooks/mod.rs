//! Hooks of the app; each returns a handle or a value.

mod use_address;
mod use_chart_canvas;
mod use_listener;
mod use_live;
mod use_margin_layout;
mod use_print_picture;
mod use_readout;
pub(crate) mod use_store;
mod use_theme;

pub use use_address::{address_in, address_of, use_address_sync};
pub use use_chart_canvas::{use_chart_canvas, LiveChart};
pub use use_listener::use_listener;
pub use use_live::{use_live, Live, Slot};
pub use use_margin_layout::use_margin_layout;
pub use use_print_picture::use_print_picture;
pub use use_readout::{use_readout, ReadoutHandle};
pub use use_store::{
    use_claim_callbacks, use_field, use_input_callbacks, use_locale, use_selector, use_store, InputCallbacks,
    StoreProvider,
};
pub use use_theme::use_theme;
