//! Mounts the explainer into `#app`.

mod app;
mod canvas_backend;
mod components;
mod download;
mod fields;
mod hooks;
mod perf;
mod state;

fn main() {
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    yew::Renderer::<app::App>::with_root(root).render();
}
