//! Project tasks, one entry point: `cargo xtask <task>`.
//!
//!   setup   install what the build and the tests need (idempotent, quick when present)
//!   build   build the release app into dist/, to publish
//!   serve   build the app (release, or a debug build with --dev) and serve it on
//!           http://127.0.0.1:8080
//!   test    every test: native (model, content, charts, app) and the browser tests
//!   bench   transfer sizes and browser timings beside the peer pages
//!   claims  regenerate docs/claims.md, the table of claims, calculators, data and tests
//!   post-build  (run by Trunk after each build) prerender the pages, rewrite the loader,
//!           inline the style sheet, minify the glue
//!
//! Everything installed goes where a developer expects it: cargo binaries in $CARGO_HOME/bin,
//! npm packages in ./node_modules, Chromium from Debian.

/// The layout rules the loader shares with the app (the margin column, the reader's place).
#[path = "../../src/layout_rule.rs"]
mod layout_rule;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    let result = match task {
        "setup" => setup::all(),
        "build" => setup::build_tools().and_then(|_| release_build()),
        "serve" => setup::all().and_then(|_| serve(rest)),
        "test" => setup::all().and_then(|_| test(rest)),
        "bench" => setup::all().and_then(|_| bench(rest)),
        "post-build" => post_build(),
        "claims" => {
            run(cmd("cargo").args(["test", "-p", "content", "docs_claims_table"]).env("UPDATE_CLAIMS_TABLE", "1"))
        }
        "help" | "--help" | "-h" => {
            println!("{}", HELP);
            Ok(())
        }
        other => Err(format!("unknown task {other:?}\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

const HELP: &str = "usage: cargo xtask <task>

  setup            install the wasm target, trunk, wasm-bindgen-cli, the browsers, their
                   WebDriver servers and npm packages
  build            build the release app into dist/ (installs only the build's tools);
                   EXPLAINER_ORIGIN=https://your.site names the site in its policy and links
  serve [--dev]    build (release unless --dev) and serve on http://127.0.0.1:8080
  test             native tests, release build, browser tests in headless Chromium, the page
                   and the Rust browser tests in Chromium, Firefox and WebKit
  bench            sizes, timings on two profiles beside the peer pages, Lighthouse (not a test)
  claims           regenerate docs/claims.md from content/claims.toml
  post-build       (run by Trunk) prerender the page into index.html, rewrite its loader,
                   inline and minify the style sheet, minify the app's JavaScript (release)

  ENGINES=firefox  (setup, test) only these engines: chromium, firefox, webkit, comma-separated";

/// The repository root (the parent of xtask/).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// A command run in the repository root, with the project's tools first on PATH.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", setup::path());
    c
}

/// Runs a command and fails with its name if it fails.
pub fn run(c: &mut Command) -> Result<(), String> {
    let mut shown = c.get_program().to_string_lossy().into_owned();
    for a in c.get_args() {
        shown.push(' ');
        shown.push_str(&a.to_string_lossy());
    }
    eprintln!("xtask: running {shown}");
    let status = c.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed: {status}"))
    }
}

fn release_build() -> Result<(), String> {
    run(cmd("trunk").args(["build", "--release"]))
}

fn serve(args: &[String]) -> Result<(), String> {
    let mut c = cmd("trunk");
    c.arg("serve");
    if !args.iter().any(|a| a == "--dev") {
        c.arg("--release");
    }
    eprintln!("xtask: serving on http://127.0.0.1:8080 (Ctrl-C stops)");
    run(&mut c)
}

fn test(_args: &[String]) -> Result<(), String> {
    run(cmd("cargo").args(["test", "--workspace"]))?;
    for engine in setup::engines() {
        rust_browser_tests(&engine)?;
    }
    release_build()?;
    // A debug build with a way to make the app panic, for tests/browser/faults.test.mjs.
    run(cmd("trunk").args(["build", "--features", "panic-test", "--dist", "target/dist-panic"]))?;
    run(cmd("node").args(["--test", "--test-concurrency=1", "tests/browser/"]))?;
    // The page in every engine chosen (ENGINES, all three by default), through WebDriver.
    run(cmd("node")
        .args(["--test", "--test-concurrency=1", "tests/engines/"])
        .env("ENGINES", setup::engines().join(",")))
}

fn bench(args: &[String]) -> Result<(), String> {
    release_build()?;
    let mut c = cmd("node");
    c.arg("bench/run.mjs").args(args);
    run(&mut c)
}

/// The Rust browser tests (`src/browser_tests.rs`) in one engine, through
/// wasm-bindgen-test-runner and the engine's WebDriver server. The runner picks the browser by
/// the driver variable set; the others are removed so that none is picked from PATH.
fn rust_browser_tests(engine: &str) -> Result<(), String> {
    let (var, driver) = match engine {
        "chromium" => ("CHROMEDRIVER", "/usr/bin/chromedriver".to_string()),
        "firefox" => ("GECKODRIVER", setup::cargo_bin("geckodriver")),
        "webkit" => ("SAFARIDRIVER", "/usr/bin/WebKitWebDriver".to_string()),
        other => return Err(format!("unknown engine {other:?} (chromium, firefox, webkit)")),
    };
    let test = ["test", "--target", "wasm32-unknown-unknown", "--lib", "-p", "explainer"];
    // WebKitGTK's browser needs a display: the test runs under a virtual one.
    let mut c = if engine == "webkit" {
        let mut c = cmd("xvfb-run");
        c.args(["-a", "-s", "-screen 0 1280x1024x24", "cargo"]).args(test);
        c
    } else {
        let mut c = cmd("cargo");
        c.args(test);
        c
    };
    for v in ["CHROMEDRIVER", "GECKODRIVER", "SAFARIDRIVER"] {
        c.env_remove(v);
    }
    c.env(var, driver).env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner");
    run(&mut c)
}

/// Trunk's post-build hook. In release builds the glue is minified and the app's two files are
/// named by a hash of their final bytes; then Trunk's inline loader is rewritten: it starts the app only after the first paint, fetches the
/// JavaScript and the WebAssembly at once, `frame.js` only in a frame, and marks the page when
/// the app cannot start. The loader stays inline, so the page requests nothing of its own
/// before its first paint; the Content-Security-Policy allows exactly this script and the
/// inlined style sheet (minified, without the preloads) by their SHA-256 hashes (no
/// 'unsafe-inline'). Last, the page rendered at build time goes into `index.html`, and each
/// view that can be embedded gets its own page beside it (the `prerender` binary, built
/// natively with the `ssr` feature).
fn post_build() -> Result<(), String> {
    let dir =
        std::env::var("TRUNK_STAGING_DIR").map_err(|_| "TRUNK_STAGING_DIR is not set (run by trunk)".to_string())?;
    let index = Path::new(&dir).join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let open = "<script type=\"module\">";
    let start = html.find(open).ok_or("no inline loader in index.html")?;
    let body_start = start + open.len();
    let end = html[body_start..].find("</script>").map(|i| body_start + i).ok_or("unclosed inline script")?;
    let trunk = html[body_start..end].trim();
    let (glue, wasm) = app_files(trunk).ok_or_else(|| format!("no app files named in Trunk's loader:\n{trunk}"))?;
    // Trunk names the app's files by a hash of cargo's output, before wasm-bindgen, wasm-opt
    // and terser: a release build names them by what it ships, so that a year in a browser's
    // cache never keeps a file that a later build changed.
    let (shipped_glue, shipped_wasm) = if std::env::var("TRUNK_PROFILE").as_deref() == Ok("release") {
        shipped_names(Path::new(&dir), glue, wasm)?
    } else {
        (glue.to_string(), wasm.to_string())
    };
    let script = loader(trunk, &shipped_glue, &shipped_wasm)?;
    let html = format!("{}{open}{script}</script>{}", &html[..start], &html[end + "</script>".len()..]);
    let html = with_theme(&html)?;
    let (html, style) = inline_style(Path::new(&dir), &without_preloads(&html))?;
    if let Some(name) = [(glue, &shipped_glue), (wasm, &shipped_wasm)]
        .into_iter()
        .find_map(|(old, new)| (old != new && html.contains(old)).then_some(old))
    {
        return Err(format!("index.html still names {name}, which the build renamed"));
    }
    write_policies(
        Path::new(&dir),
        &[
            ("script-src 'self'", csp_hash(&script)),
            ("script-src 'self'", csp_hash(THEME)),
            ("style-src 'self'", style),
        ],
    )?;
    std::fs::write(&index, html).map_err(|e| e.to_string())?;
    // Last, into the page as it ships: the article, and a page of its own for each view that
    // can be embedded (`embed/<view>/index.html`, the same head, hence the same policy).
    run(cmd("cargo").args(["run", "--quiet", "--bin", "prerender", "--features", "ssr", "--"]).arg(&index))
}

/// The app's JavaScript (wasm-bindgen's glue) and WebAssembly that Trunk's loader names,
/// relative to `dist/`.
fn app_files(trunk: &str) -> Option<(&str, &str)> {
    let quoted = |after: &str| {
        let start = trunk.find(after)? + after.len();
        let len = trunk[start..].find('\'')?;
        Some(&trunk[start..start + len])
    };
    Some((quoted("import init, * as bindings from '/")?, quoted("module_or_path: '/")?))
}

/// Minifies the glue, then names the glue and the WebAssembly by a hash of their final bytes
/// (`explainer-<16 hex digits>.js`, `explainer-<16 hex digits>_bg.wasm`); returns the new
/// names, in the same order.
fn shipped_names(dir: &Path, glue: &str, wasm: &str) -> Result<(String, String), String> {
    minify_js(&dir.join(glue))?;
    let rename = |file: &str, suffix: &str| {
        let bytes = std::fs::read(dir.join(file)).map_err(|e| format!("{file}: {e}"))?;
        let name = format!("explainer-{}{suffix}", hex(&sha256(&bytes)[..8]));
        std::fs::rename(dir.join(file), dir.join(&name)).map_err(|e| format!("{file}: {e}"))?;
        Ok::<_, String>(name)
    };
    Ok((rename(glue, ".js")?, rename(wasm, "_bg.wasm")?))
}

/// Lower-case hexadecimal.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Minifies wasm-bindgen's glue in place with terser (npm): a third of its size, 1.5 KiB less
/// to fetch after compression, and less to parse. Release builds only; the names it exports
/// and the imports the WebAssembly calls by name stay (terser leaves property names alone).
fn minify_js(file: &Path) -> Result<(), String> {
    let terser = root().join("node_modules/terser/bin/terser");
    let out = file.with_extension("min.js");
    run(cmd("node").arg(terser).arg(file).args(["--module", "--compress", "--mangle", "--output"]).arg(&out))?;
    std::fs::rename(&out, file).map_err(|e| format!("{}: {e}", file.display()))
}

/// The loader from Trunk's: in a frame it first fetches `frame.js` (which reports the height
/// to the page around, even where the app cannot start); the language switch's links
/// (`components/toolbar.rs`) get the address's scenario, so that a reader who follows one
/// before the app has taken over keeps it (without `lang=`, which the link's path says); the
/// controls that need no app work before it (`BEFORE_THE_APP`); the
/// app's JavaScript and WebAssembly are fetched after the first paint (a static import cannot
/// wait, nor stand in a try block: it becomes a dynamic one), both at once: the WebAssembly's
/// request does not wait for the JavaScript to arrive (on a slow phone connection a round trip
/// is half a second). When the app cannot start, the page marks itself (`app-failed`): the
/// inlined style sheet then lays it out as without JavaScript (`inline_style`). `glue` and
/// `wasm` are the two files as shipped, relative to `dist/`.
fn loader(trunk: &str, glue: &str, wasm: &str) -> Result<String, String> {
    const IMPORT: &str = "import init, * as bindings from ";
    const INIT: &str = "const wasm = await init({ module_or_path: ";
    let (mut imported, mut initialised) = (false, false);
    let body: Vec<String> = trunk
        .lines()
        .map(|line| {
            if line.trim().starts_with(IMPORT) {
                imported = true;
                format!(
                    "{PAINTED}\nconst wasmResponse = fetch('/{wasm}');\nwasmResponse.catch(() => {{}});\nconst bindings = await import('/{glue}');\nconst init = bindings.default;"
                )
            } else if line.trim().starts_with(INIT) {
                initialised = true;
                format!("{INIT}wasmResponse }});")
            } else {
                line.to_string()
            }
        })
        .collect();
    if !(imported && initialised) {
        return Err(format!("no `{IMPORT}...` and `{INIT}...` in Trunk's loader:\n{trunk}"));
    }
    Ok(format!(
        "if (window.parent !== window) document.head.append(Object.assign(document.createElement('script'), {{ src: '/frame.js' }}));\n{LANGUAGE_LINKS}\n{}\ntry {{\n{}\n}} catch (e) {{\n  failed();\n  console.warn('the calculators could not start:', e);\n}}\n",
        before_the_app(),
        body.join("\n")
    ))
}

/// A source expression of the Content-Security-Policy for an inline script or style sheet.
fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", base64(&sha256(text.as_bytes())))
}

/// Writes `_headers` and `nginx.conf` (from `deploy/nginx.conf`) into `dir` with each
/// directive's hash added (`("style-src 'self'", hash)`), and the site's origin in `_headers`.
fn write_policies(dir: &Path, hashes: &[(&str, String)]) -> Result<(), String> {
    let with_hashes =
        |text: &str| hashes.iter().fold(text.to_string(), |t, (at, hash)| t.replace(at, &format!("{at} {hash}")));
    let headers = dir.join("_headers");
    let text = std::fs::read_to_string(&headers).map_err(|e| format!("{}: {e}", headers.display()))?;
    let text = with_origin(&with_hashes(&text), std::env::var("EXPLAINER_ORIGIN").ok().as_deref())?;
    std::fs::write(&headers, text).map_err(|e| e.to_string())?;
    let nginx = root().join("deploy/nginx.conf");
    let text = std::fs::read_to_string(&nginx).map_err(|e| format!("{}: {e}", nginx.display()))?;
    std::fs::write(dir.join("nginx.conf"), with_hashes(&text)).map_err(|e| e.to_string())
}

/// The colours the address asks for (`?theme=light`, `?theme=dark`: a frame in a page whose
/// colours the reader's system does not set), on the root before the style sheet applies, so
/// that the first paint has them; the style sheet's dark colours follow `data-theme`. A classic
/// script in the head, allowed by its hash.
const THEME: &str = "(function(){var m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);if(m)document.documentElement.setAttribute('data-theme',m[1])})()";

/// `index.html` with the theme's script before its first style sheet.
fn with_theme(html: &str) -> Result<String, String> {
    let at = html.find("<link rel=\"stylesheet\"").ok_or("no style sheet link in index.html")?;
    Ok(format!("{}<script>{THEME}</script>{}", &html[..at], &html[at..]))
}

/// The loader's first step: the address's scenario on the language links of a prerendered page.
const LANGUAGE_LINKS: &str = "if (location.search) {\n  const q = new URLSearchParams(location.search);\n  q.delete('lang');\n  const s = q.toString();\n  for (const a of document.querySelectorAll('.language a')) a.setAttribute('href', a.pathname + (s ? '?' + s : ''));\n}";

/// The loader's second step: until the app takes the page over, the prerendered page does
/// what it can without it. On wide screens the margin column's cards are kept apart as
/// `hooks/use_margin_layout.rs` places them (below its paragraph's top and `GAP` below the
/// card above; the rule's values from `layout_rule.rs`, written in by `before_the_app`), at
/// the start, on resize and when a section inside opens, so that the takeover moves none. A
/// calculator the address names (`#c3`) is open, as the app opens it. The lists, written
/// disabled for readers without JavaScript, are enabled (`setLists`). A card's toggle opens
/// and closes it at once; a reset puts its controls back to the article's values at once.
/// Every click on a button is counted (`data-clicked`); the takeover carries the cards' states
/// over and makes the other clicks again on the app's buttons (`takeover.rs`). Where the app
/// cannot start, the page is laid out as without JavaScript (`inline_style`), and its lists
/// can no longer be changed (a slider or radio button is hidden there, its value in its
/// label); `keepPlace` keeps the article's text at the top of the view where it was across
/// that change (scroll anchoring does not; WebKit has none):
/// the first paragraph, heading or list item there outside the calculators, which that change
/// moves. A panic before the takeover's swap asks for the same with an `app-failed` event
/// (`panic.rs`). In a frame fitted to its page's height nothing scrolls, and nothing is done.
const BEFORE_THE_APP: &str = r#"const prerendered = document.getElementById('app');
const marginColumn = () => {
  const body = prerendered && prerendered.isConnected && prerendered.querySelector('.article-body');
  if (!body) return;
  if (!matchMedia('@WIDE@').matches) { body.style.minHeight = ''; return; }
  const cards = [...body.querySelectorAll('@MARGIN_CARDS@')];
  const at = cards.map((c) => [c.parentElement.offsetTop, c.offsetHeight]);
  let bottom = -Infinity;
  cards.forEach((c, i) => {
    const top = Math.max(at[i][0], bottom + @GAP@);
    c.style.top = Math.round(top - at[i][0]) + 'px';
    bottom = top + at[i][1];
  });
  if (cards.length) body.style.minHeight = Math.ceil(bottom) + 'px';
};
const setOpen = (card, open) => {
  card.classList.toggle('opened', open);
  card.classList.toggle('closed', !open);
  card.querySelector('.calc-toggle')?.setAttribute('aria-expanded', open);
};
const keepPlace = (change) => {
  const seen = scrollY > 0 && [...document.querySelectorAll('@TEXT@')]
    .find((e) => !e.closest('.calc, .app-note') && e.getClientRects().length && e.getBoundingClientRect().bottom > 0);
  const top = seen && seen.getBoundingClientRect().top;
  change();
  if (seen && seen.getClientRects().length) scrollBy(0, seen.getBoundingClientRect().top - top);
};
const setLists = (disabled) => {
  for (const s of prerendered ? prerendered.querySelectorAll('.calc select') : []) s.disabled = disabled;
};
setLists(false);
try {
  const linked = location.hash && document.getElementById(location.hash.slice(1));
  if (linked && linked.matches('#app .calc')) setOpen(linked, true);
  marginColumn();
} catch (e) {
  console.warn(e);
}
addEventListener('resize', marginColumn);
addEventListener('toggle', marginColumn, true);
const failed = () => keepPlace(() => {
  document.documentElement.classList.add('app-failed');
  setLists(true);
});
addEventListener('app-failed', failed);
addEventListener('click', (e) => {
  const b = e.target instanceof Element ? e.target.closest('button') : null;
  if (!b || !prerendered.isConnected || !prerendered.contains(b) || document.documentElement.dataset.app) return;
  b.dataset.clicked = (+b.dataset.clicked || 0) + 1;
  if (b.matches('.calc-toggle')) {
    const card = b.closest('.calc');
    setOpen(card, card.querySelector('.calc-body').offsetParent === null);
    marginColumn();
  } else if (b.matches('.reset, .reset-all')) {
    const scope = b.matches('.reset') ? b.closest('.calc') : prerendered;
    for (const i of scope.querySelectorAll('input')) { i.value = i.defaultValue; i.checked = i.defaultChecked; }
    for (const o of scope.querySelectorAll('option')) o.selected = o.defaultSelected;
  }
});"#;

/// `BEFORE_THE_APP` with the values of `layout_rule.rs` in its `@NAME@` places; the text a
/// reader's place is kept by, inside the page's root.
fn before_the_app() -> String {
    use layout_rule::{GAP, MARGIN_CARDS, TEXT, WIDE};
    let text: Vec<String> = TEXT.split(',').map(|s| format!("#app {}", s.trim())).collect();
    BEFORE_THE_APP
        .replace("@WIDE@", WIDE)
        .replace("@GAP@", &GAP.to_string())
        .replace("@MARGIN_CARDS@", MARGIN_CARDS)
        .replace("@TEXT@", &text.join(", "))
}

/// Waits until the browser reports the page's first contentful paint (an entry it records once
/// that frame is on screen), or 500 ms at most (a tab in the background paints nothing); where
/// the paint entries cannot be observed, for the page's first frame. A frame's main-thread work
/// can end tens of milliseconds before it is on screen: a request started then (after the
/// frame's `requestAnimationFrame`, as before) came before the paint, and Lighthouse's
/// simulation counted the WebAssembly's download into the largest contentful paint (2.0
/// instead of 0.9 s).
const PAINTED: &str = "await new Promise((go) => {\n  setTimeout(go, 500);\n  try {\n    new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length) go(); }).observe({ type: 'paint', buffered: true });\n  } catch (e) {\n    requestAnimationFrame(() => setTimeout(go, 0));\n  }\n});";

/// The page without Trunk's preloads of the app's JavaScript and WebAssembly. The article is
/// complete without them, and on a slow connection they would share the bandwidth with the
/// page and its style sheet, delaying the first paint; the loader fetches them right after.
fn without_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<link rel=\"") {
        let Some(len) = rest[i..].find('>').map(|e| e + 1) else { break };
        let tag = &rest[i..i + len];
        out.push_str(&rest[..i]);
        if !(tag.starts_with("<link rel=\"modulepreload\"") || tag.starts_with("<link rel=\"preload\"")) {
            out.push_str(tag);
        }
        rest = &rest[i + len..];
    }
    out.push_str(rest);
    out
}

/// Puts the page's style sheet into the page (`<style>`): the first paint then waits for one
/// response, not two (on a slow phone connection a round trip is half a second). Returns the
/// page and the style sheet's hash for the Content-Security-Policy.
fn inline_style(dir: &Path, html: &str) -> Result<(String, String), String> {
    let open = "<link rel=\"stylesheet\" href=\"/style-";
    let start = html.find(open).ok_or("no style sheet link in index.html")?;
    let end = start + html[start..].find('>').ok_or("unclosed stylesheet link")? + 1;
    let href = &html[start + open.len() - "style-".len()..end];
    let file = href.split('"').next().unwrap_or_default();
    let path = dir.join(file);
    let css = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    // Where the app never takes the page over (it cannot start, or panics before), the page is
    // laid out as without JavaScript: `nojs.css`'s rules, scoped to that state, come inline,
    // so they hold even when the network that failed the app would fail another request too.
    let nojs_path = dir.join("nojs.css");
    let nojs = std::fs::read_to_string(&nojs_path).map_err(|e| format!("{}: {e}", nojs_path.display()))?;
    let css = format!("{}{}", minify_css(&css), scoped(&minify_css(&nojs), WITHOUT_APP));
    std::fs::remove_file(&path).map_err(|e| e.to_string())?;
    let hash = csp_hash(&css);
    Ok((format!("{}<style>{css}</style>{}", &html[..start], &html[end..]), hash))
}

/// The page's state where the app never took it over: it could not start (the loader marks
/// `app-failed`) or stopped before its page was swapped in (`src/panic.rs`); `data-app` is
/// set only by a swapped-in or freshly built app.
const WITHOUT_APP: &str = "html.app-failed:not([data-app=\"ready\"]) ";

/// Every selector of a minified style sheet put under `scope` (`a,b{..}` becomes
/// `S a,S b{..}`), inside `@media` blocks too.
fn scoped(css: &str, scope: &str) -> String {
    let mut out = String::with_capacity(css.len() * 2);
    let mut rest = css;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('}') {
            out.push('}');
            rest = after;
            continue;
        }
        let Some(open) = rest.find('{') else {
            out.push_str(rest);
            break;
        };
        let head = &rest[..open];
        if head.starts_with('@') {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        }
        let close = rest[open..].find('}').map_or(rest.len() - 1, |i| open + i);
        let selectors: Vec<String> = head.split(',').map(|sel| format!("{scope}{sel}")).collect();
        out.push_str(&selectors.join(","));
        out.push_str(&rest[open..=close]);
        rest = &rest[close + 1..];
    }
    out
}

/// The style sheet without its comments and the spaces no rule needs: a quarter less to send
/// before the first paint. Spaces inside selectors, values and strings are kept, one for
/// each run (the style sheet has no strings in which a run of spaces matters).
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    let mut min = String::with_capacity(out.len());
    for word in out.split_whitespace() {
        let glue = min.ends_with(['{', '}', ';', ',']) || word.starts_with(['{', '}', ';', ',']);
        if !min.is_empty() && !glue {
            min.push(' ');
        }
        min.push_str(word);
    }
    min.replace(";}", "}")
}

/// The policy with the site's origin named beside every `'self'` (`EXPLAINER_ORIGIN`, e.g.
/// `https://explainer.example`; nothing when unset). WebKit before its fix of June 2026 matches
/// `'self'` against nothing in a sandboxed frame (a WordPress embed): there the calculators
/// start only if the origin is named. `nginx.conf` names it from the request.
fn with_origin(headers: &str, origin: Option<&str>) -> Result<String, String> {
    let Some(origin) = origin.map(str::trim).filter(|o| !o.is_empty()) else {
        return Ok(headers.to_string());
    };
    let rest = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
    let valid = rest.is_some_and(|r| {
        !r.is_empty() && r.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    });
    if !valid {
        return Err(format!("EXPLAINER_ORIGIN must be an origin such as https://explainer.example, not {origin:?}"));
    }
    Ok(headers.replace("'self'", &format!("'self' {origin}")))
}

/// SHA-256 (FIPS 180-4), for the style sheet's hash in the Content-Security-Policy.
fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            (hh, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in bytes.chunks(3) {
        let n =
            (u32::from(c[0]) << 16) | (u32::from(*c.get(1).unwrap_or(&0)) << 8) | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn preloads_are_dropped_and_other_links_kept() {
        let html = r#"<head><link rel="stylesheet" href="/a.css"/><link rel="modulepreload" href="/x.js" crossorigin="anonymous"><link rel="preload" href="/x_bg.wasm" as="fetch" type="application/wasm"></head>"#;
        assert_eq!(super::without_preloads(html), r#"<head><link rel="stylesheet" href="/a.css"/></head>"#);
    }

    #[test]
    fn the_origin_is_named_beside_self_only_when_it_is_an_origin() {
        let csp = "script-src 'self'; connect-src 'self'";
        assert_eq!(super::with_origin(csp, None).unwrap(), csp);
        assert_eq!(
            super::with_origin(csp, Some("https://x.example")).unwrap(),
            "script-src 'self' https://x.example; connect-src 'self' https://x.example"
        );
        for bad in ["x.example", "https://x.example/path", "https://x.example; script-src *", "ftp://x"] {
            assert!(super::with_origin(csp, Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_loader_fetches_the_app_after_the_first_paint_and_frame_js_only_in_a_frame() {
        let trunk = "import init, * as bindings from '/x-1.js';\nconst wasm = await init({ module_or_path: '/x-1_bg.wasm' });\n\nwindow.wasmBindings = bindings;\n";
        let out = super::loader(trunk, "x-1.js", "x-1_bg.wasm").unwrap();
        let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s:?} missing in {out}"));
        assert!(!out.contains("import init"), "no static import");
        assert!(at(super::PAINTED) < at("fetch('/x-1_bg.wasm')"), "the first paint comes first");
        assert!(at("fetch('/x-1_bg.wasm')") < at("await import('/x-1.js')"), "the WebAssembly is requested first");
        assert!(at("await import('/x-1.js')") < at("await init({ module_or_path: wasmResponse })"));
        assert_eq!(out.matches("_bg.wasm").count(), 1, "requested once");
        let app = at("try {\nawait");
        assert!(at("if (window.parent !== window)") < at("/frame.js") && at("/frame.js") < app);
        assert!(at(super::LANGUAGE_LINKS) < app, "the links get the scenario at once");
        assert!(at(&super::before_the_app()) < app, "the controls work before the app, even where it fails");
        assert!(
            at("catch (e) {\n  failed();") > at("window.wasmBindings"),
            "a failure anywhere in the app's start marks the page"
        );
        assert!(
            at("const failed = () => keepPlace(() => {\n  document.documentElement.classList.add('app-failed');") < app,
            "marked as it is after a panic before the takeover"
        );
        assert!(!out.contains("</script"));
    }

    #[test]
    fn the_loader_places_the_margin_cards_by_the_apps_rule() {
        let js = super::before_the_app();
        assert!(!js.contains('@'), "every place filled: {js}");
        for part in [
            "matchMedia('(min-width: 1140px)')",
            "querySelectorAll('.with-calc > .calc.compact')",
            "Math.max(at[i][0], bottom + 24)",
            "querySelectorAll('#app p, #app h2, #app h3, #app li')",
        ] {
            assert!(js.contains(part), "{part:?} in {js}");
        }
        // The style sheets lay the margin column out under the same query.
        for sheet in ["static/style.css", "static/nojs.css"] {
            let css = std::fs::read_to_string(super::root().join(sheet)).unwrap();
            assert!(css.contains(&format!("@media {}", super::layout_rule::WIDE)), "{sheet}");
        }
    }

    #[test]
    fn the_theme_script_comes_before_the_style_sheet() {
        let html = r#"<head><title>t</title><link rel="stylesheet" href="/style-1.css"></head>"#;
        let out = super::with_theme(html).unwrap();
        assert!(out.find("data-theme").unwrap() < out.find("stylesheet").unwrap(), "{out}");
        assert!(super::with_theme("<head></head>").is_err());
    }

    #[test]
    fn a_style_sheet_is_scoped_selector_by_selector_inside_media_blocks_too() {
        let css = ".a,.b > p{x: 1}@media (min-width: 1140px){.c{y: 2 !important}.d,.e{z: 3}}.f{w: 4}";
        assert_eq!(
            super::scoped(css, "S "),
            "S .a,S .b > p{x: 1}@media (min-width: 1140px){S .c{y: 2 !important}S .d,S .e{z: 3}}S .f{w: 4}"
        );
        assert_eq!(super::scoped("", "S "), "");
    }

    #[test]
    fn the_app_files_are_found_in_trunks_loader() {
        let trunk = "import init, * as bindings from '/x-1.js';\nconst wasm = await init({ module_or_path: '/x-1_bg.wasm' });\n";
        assert_eq!(super::app_files(trunk), Some(("x-1.js", "x-1_bg.wasm")));
        assert_eq!(super::app_files("await init();"), None);
        assert_eq!(super::hex(&[0, 15, 255]), "000fff");
    }

    #[test]
    fn a_loader_of_another_shape_fails_the_build() {
        assert!(super::loader("import init from '/x.js';\nawait init();\n", "x.js", "x_bg.wasm").is_err());
        let no_import = "const wasm = await init({ module_or_path: '/x_bg.wasm' });\n";
        assert!(super::loader(no_import, "x.js", "x_bg.wasm").is_err());
    }

    #[test]
    fn minified_css_keeps_every_rule() {
        let css = "/* the look */\n:root {\n  --serif: Charter, \"Bitstream Charter\", serif;\n}\n\n/* a note */\n.a .b:hover,\n.c > p { margin: 0 0 1em; }\n@media (min-width: 1140px) { .d { top: 0; } }\n";
        assert_eq!(
            super::minify_css(css),
            ":root{--serif: Charter,\"Bitstream Charter\",serif}.a .b:hover,.c > p{margin: 0 0 1em}@media (min-width: 1140px){.d{top: 0}}"
        );
        assert_eq!(super::minify_css("a { b: c } /* unclosed"), "a{b: c}");
    }

    #[test]
    fn sha256_and_base64_match_the_standard_vectors() {
        // FIPS 180-4 examples; the CSP hash of "abc" as a browser computes it.
        assert_eq!(super::base64(&super::sha256(b"abc")), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        assert_eq!(super::base64(&super::sha256(b"")), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        let long = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assert_eq!(super::base64(&super::sha256(long)), "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=");
        assert_eq!(super::base64(b"ab"), "YWI=");
        assert_eq!(super::base64(b"a"), "YQ==");
    }
}
