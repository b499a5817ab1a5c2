//! Taking over the prerendered page. `index.html` holds the page as the app renders it at the
//! article's values (`bin/prerender.rs`), and `embed/<view>/index.html` each view on its own. The app renders the same page into a detached root,
//! part by part, a few milliseconds of parts per task (`Later` marks the parts: each paragraph,
//! each calculator's body, six fact-check cards), so that no task blocks the reader for long;
//! the prerendered page stays in view meanwhile. When every part is rendered the new root
//! replaces the old one at once, so no frame shows the page half built. What the reader did in
//! the meantime survives: the scroll position, the focused element and the `<details>` they
//! opened are carried over by their place in the page (`place`), which is the same in both, the
//! fact-check entries keep their heights, a slider moved or a choice made takes effect (by
//! the control's id, as if the reader had made it again), a card opened or closed stays so
//! (by its id), and a button clicked is clicked again (by its place; the page's loader opens
//! and closes the cards and resets the controls at once, and counts the clicks).

use crate::layout_rule::TEXT;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// A part waiting for its task: showing it makes its component render (and call `rendered`
/// when done); false when the part is no longer in the page.
type Show = Box<dyn FnOnce() -> bool>;

/// The takeover under way: the prerendered root still in view, the app's root, the parts
/// still to render.
struct Takeover {
    shown: Element,
    host: Element,
    parts: VecDeque<Show>,
}

/// How long a task renders parts before it yields to the browser, in the reader's
/// milliseconds: on a slow phone the same budget holds fewer parts. One part may overrun it.
const BUDGET_MS: f64 = 4.0;

thread_local! {
    static TAKEOVER: RefCell<Option<Takeover>> = const { RefCell::new(None) };
    /// When the current task of the takeover began.
    static TASK_START: Cell<f64> = const { Cell::new(0.0) };
    static APP_SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// What the style sheet lays out only near the view.
const LAID_OUT_NEAR_VIEW: &str = ".claim-entry";

/// What can hold focus on the page (charts, which the app redraws, hold none).
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Whether the app is rendering into its detached root: parts marked `Later` wait their turn.
/// False at build time, in a view built afresh (`?embed=`) and once the page is taken over (a part created later,
/// by a change of language, renders at once).
pub fn deferring() -> bool {
    TAKEOVER.with(|t| t.borrow().is_some())
}

/// Whether the page shown is still the prerendered one: the app's own is not yet in the
/// document (swapped in at the end of a takeover, or rendered in place of the prerendered page
/// by `lib.rs`). For the panic hook: it cannot panic itself.
pub fn prerendered_shown() -> bool {
    !APP_SHOWN.with(Cell::get)
}

/// Says that the app's own page is in the document from now on.
pub fn app_shown() {
    APP_SHOWN.with(|s| s.set(true));
}

/// Queues a part; `show` renders it when its turn comes (at once when the app is not taking
/// over the page).
pub fn defer(show: Show) {
    let now = TAKEOVER.with(|t| match t.borrow_mut().as_mut() {
        Some(t) => {
            t.parts.push_back(show);
            None
        }
        None => Some(show),
    });
    if let Some(show) = now {
        show();
    }
}

/// Renders the app into a detached copy of `root` (its attributes, not its content) and puts
/// it in `root`'s place when done.
pub fn start(root: Element, props: crate::app::AppProps) {
    let Some(host) = root.clone_node().ok().and_then(|n| n.dyn_into::<Element>().ok()) else { return };
    let parts = VecDeque::new();
    TAKEOVER.with(|t| *t.borrow_mut() = Some(Takeover { shown: root, host: host.clone(), parts }));
    TASK_START.with(|t| t.set(now()));
    crate::perf::mark_once("takeover-start");
    yew::Renderer::<crate::app::App>::with_root_and_props(host, props).render();
}

/// Called when a render of the takeover is complete (the app's first, a part's): the next part
/// renders in the same task while the task is young, else in the next task; when no part is
/// left, the roots are swapped in a task of their own. (Yew may split a long render over
/// several tasks itself; the effects that call this run at its end.)
pub fn rendered() {
    if !deferring() {
        return;
    }
    if now() - TASK_START.with(Cell::get) < BUDGET_MS && show_next() {
        return;
    }
    gloo::timers::callback::Timeout::new(0, || {
        TASK_START.with(|t| t.set(now()));
        if !show_next() {
            swap();
        }
    })
    .forget();
}

/// Shows the next part still in the page; false when none is left.
fn show_next() -> bool {
    loop {
        let Some(show) = TAKEOVER.with(|t| t.borrow_mut().as_mut().and_then(|t| t.parts.pop_front())) else {
            return false;
        };
        if show() {
            return true;
        }
    }
}

/// `performance.now()`, in milliseconds.
fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// The height of an element's content box, in CSS pixels.
fn content_height(el: &Element) -> Option<f64> {
    let style = gloo::utils::window().get_computed_style(el).ok()??;
    let px = |name: &str| model::decimal::parse(style.get_property_value(name).ok()?.trim_end_matches("px"));
    let edges = ["padding-top", "padding-bottom", "border-top-width", "border-bottom-width"];
    edges.iter().try_fold(el.get_bounding_client_rect().height(), |h, e| Some(h - px(e)?))
}

/// What the reader set on the prerendered page before the app arrived: an input or select
/// (by its id) whose value is no longer the page's own, or a radio button checked since.
enum Set {
    Value(String, String),
    Checked(String),
}

/// The reader's settings on the prerendered page (controls work there, unconnected).
fn settings(root: &Element) -> Vec<Set> {
    let mut out = Vec::new();
    for el in elements(root, "input[id], select[id]") {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if input.type_() == "radio" || input.type_() == "checkbox" {
                if input.checked() && !input.default_checked() {
                    out.push(Set::Checked(input.id()));
                }
            } else if input.value() != input.default_value() {
                out.push(Set::Value(input.id(), input.value()));
            }
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            let own = select.query_selector("option[selected]").ok().flatten().and_then(|o| o.get_attribute("value"));
            if own.is_some_and(|own| own != select.value()) {
                out.push(Set::Value(select.id(), select.value()));
            }
        }
    }
    out
}

/// Gives the app's controls the reader's settings, as the reader's own input would: the value,
/// then `input` and `change` events.
fn apply(settings: Vec<Set>) {
    let document = gloo::utils::document();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    for set in settings {
        let id = match &set {
            Set::Value(id, _) | Set::Checked(id) => id,
        };
        let Some(el) = document.get_element_by_id(id) else { continue };
        match (&set, el.dyn_ref::<HtmlInputElement>(), el.dyn_ref::<HtmlSelectElement>()) {
            (Set::Value(_, v), Some(input), _) => input.set_value(v),
            (Set::Value(_, v), _, Some(select)) => select.set_value(v),
            (Set::Checked(_), Some(input), _) => input.set_checked(true),
            _ => continue,
        }
        for kind in ["input", "change"] {
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                let _ = el.dispatch_event(&event);
            }
        }
    }
}

/// What names an element in both pages: its id where it has one, else the id of the nearest
/// element around it that has one, its tag and its classes.
fn key(e: &Element) -> String {
    if !e.id().is_empty() {
        return format!("#{}", e.id());
    }
    let scope = e.parent_element().and_then(|p| p.closest("[id]").ok().flatten()).map(|s| s.id());
    format!("{} {} {}", scope.unwrap_or_default(), e.tag_name(), e.get_attribute("class").unwrap_or_default())
}

/// The place of `list[i]` in the page, the same in both pages: its `key` and how many elements
/// of `list` with the same key come before it. (By position alone, an element only the app
/// shows, such as the address notice and its button, would shift every one after it.)
fn place(list: &[Element], i: usize) -> (String, usize) {
    let k = key(&list[i]);
    let nth = list[..i].iter().filter(|e| key(e) == k).count();
    (k, nth)
}

/// The element of `list` at `at` (a `place`).
fn find(list: &[Element], at: &(String, usize)) -> Option<Element> {
    list.iter().filter(|e| key(e) == at.0).nth(at.1).cloned()
}

/// The reader's place: the first paragraph, heading or list item whose bottom is in or below
/// the view, with its top relative to the view's.
fn reading(root: &Element) -> Option<((String, usize), f64)> {
    let list = elements(root, TEXT);
    let i = list.iter().position(|e| {
        let r = e.get_bounding_client_rect();
        r.height() > 0.0 && r.bottom() > 0.0
    })?;
    Some((place(&list, i), list[i].get_bounding_client_rect().top()))
}

/// A click the reader made on the prerendered page, to be made again on the app's: the
/// button's `place`, and whether it resets a calculator (made before the reader's
/// settings are given to the app, which may have come after it).
struct Click {
    at: (String, usize),
    reset: bool,
}

/// The prerendered page's buttons the reader clicked before the app took over (the page's
/// loader counts the clicks in `data-clicked`): each once, but a button that opens and closes
/// something (`aria-expanded`, the embed code) only if clicked an odd number of times. The
/// cards' toggles are not among them: the loader opened and closed the cards, and the swap
/// carries each card's state over by its id (`card_states`).
fn clicked(root: &Element) -> Vec<Click> {
    let buttons = elements(root, "button");
    (0..buttons.len())
        .filter_map(|i| {
            let b = &buttons[i];
            let n: u32 = b.get_attribute("data-clicked")?.parse().ok()?;
            let once = if b.has_attribute("aria-expanded") { n % 2 == 1 } else { n > 0 };
            let class = b.class_list();
            (once && !class.contains("calc-toggle")).then(|| Click {
                at: place(&buttons, i),
                reset: class.contains("reset") || class.contains("reset-all"),
            })
        })
        .collect()
}

/// Clicks the app's buttons at the places of `clicks`. A share or a download made again counts
/// as the reader's only while the browser still counts the reader's click as recent (a few
/// seconds in Chromium); after that a share shows its link to copy instead of the system's
/// share sheet.
fn click_again(host: &Element, clicks: &[&Click]) {
    if clicks.is_empty() {
        return;
    }
    let buttons = elements(host, "button");
    for c in clicks {
        if let Some(b) = find(&buttons, &c.at).and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
            b.click();
        }
    }
}

/// The cards the reader (or the address's `#c3`) opened or closed on the prerendered page
/// (the loader marks them `opened` or `closed`): each card's id and whether it is open.
fn card_states(root: &Element) -> Vec<(String, bool)> {
    elements(root, ".calc.opened, .calc.closed").iter().map(|c| (c.id(), c.class_list().contains("opened"))).collect()
}

/// Opens or closes the app's cards as they were on the prerendered page: the card's toggle,
/// where its body's showing differs.
fn restore_cards(states: Vec<(String, bool)>) {
    let document = gloo::utils::document();
    for (id, open) in states {
        let Some(card) = document.get_element_by_id(&id) else { continue };
        let shown = card
            .query_selector(".calc-body")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<HtmlElement>().ok())
            .is_some_and(|b| b.offset_parent().is_some());
        if shown != open {
            if let Some(toggle) =
                card.query_selector(".calc-toggle").ok().flatten().and_then(|t| t.dyn_into::<HtmlElement>().ok())
            {
                toggle.click();
            }
        }
    }
}

/// Puts the app's root in place of the prerendered one, with what the reader changed there.
fn swap() {
    let Some(Takeover { shown, host, .. }) = TAKEOVER.with(|t| t.borrow_mut().take()) else { return };
    // After a panic the app's page may be half built: the prerendered page stays (`panic.rs`).
    if crate::app::page_marked("app-panicked") {
        return;
    }
    let host = &host;
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    let active = document.active_element();
    let focus = {
        let list = elements(&shown, FOCUSABLE);
        list.iter().position(|e| Some(e) == active.as_ref()).map(|i| place(&list, i))
    };
    let open: Vec<(String, usize)> = {
        let list = elements(&shown, "details");
        (0..list.len()).filter(|i| list[*i].has_attribute("open")).map(|i| place(&list, i)).collect()
    };
    let reader = reading(&shown);
    let scroll = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
    let settings = settings(&shown);
    let clicks = clicked(&shown);
    let cards = card_states(&shown);
    // The fact-check entries are laid out only near the view (`content-visibility: auto`); the
    // new ones start with the heights the old ones have now (as their intrinsic size, which
    // leaves out padding and border), so that the reader's scroll position shows the same text
    // after the swap.
    for (old, new) in elements(&shown, LAID_OUT_NEAR_VIEW).iter().zip(elements(host, LAID_OUT_NEAR_VIEW)) {
        if let (Some(new), Some(height)) = (new.dyn_ref::<HtmlElement>(), content_height(old)) {
            let _ = new
                .style()
                .set_property("contain-intrinsic-size", &format!("auto {}px", model::decimal::plain(height)));
        }
    }
    let details = elements(host, "details");
    for d in open.iter().filter_map(|at| find(&details, at)) {
        let _ = d.set_attribute("open", "");
    }
    if shown.replace_with_with_node_1(host).is_err() {
        return;
    }
    app_shown();
    // A reset first: the settings the reader made after it follow.
    click_again(host, &clicks.iter().filter(|c| c.reset).collect::<Vec<_>>());
    apply(settings);
    restore_cards(cards);
    click_again(host, &clicks.iter().filter(|c| !c.reset).collect::<Vec<_>>());
    // Yew renders what those changed in a microtask of its own (a card opened, an embed code
    // shown); the focus and the reader's place are put back after it, before the next frame:
    // the scroll position, then the text the reader was at where it was in the view.
    let host = host.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(e) = focus.and_then(|at| find(&elements(&host, FOCUSABLE), &at)) {
            if let Some(e) = e.dyn_ref::<HtmlElement>() {
                let _ = e.focus();
            }
        }
        let window = gloo::utils::window();
        window.scroll_to_with_x_and_y(scroll.0, scroll.1);
        if let Some((at, top)) = reader {
            if let Some(e) = find(&elements(&host, TEXT), &at) {
                window.scroll_by_with_x_and_y(0.0, e.get_bounding_client_rect().top() - top);
            }
        }
        crate::app::ready();
        crate::perf::mark_once("takeover-end");
    });
}
