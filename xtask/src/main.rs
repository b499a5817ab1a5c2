//! Project tasks, one entry point: `cargo xtask <task>`.
//!
//!   setup   install what the build and the tests need (idempotent, quick when present)
//!   serve   build the release app and serve it on http://127.0.0.1:8080
//!   test    every test: native (model, content, charts, app) and the browser tests
//!   bench   transfer sizes and browser timings beside the peer pages
//!   claims  regenerate docs/claims.md, the table of claims, calculators, data and tests
//!
//! Everything installed goes where a developer expects it: cargo binaries in $CARGO_HOME/bin,
//! npm packages in ./node_modules, Chromium from Debian.

mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    let result = match task {
        "setup" => setup::all(),
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

  setup            install the wasm target, trunk, wasm-bindgen-cli, Chromium and npm packages
  serve [--dev]    build (release unless --dev) and serve on http://127.0.0.1:8080
  test             native tests, release build, browser tests in headless Chromium
  bench [--mobile] transfer sizes and timings beside the peer pages (not a test)
  claims           regenerate docs/claims.md from content/claims.toml
  post-build       (run by Trunk) prerender the page into index.html; loader into a file";

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
    release_build()?;
    // A debug build with a way to make the app panic, for tests/browser/faults.test.mjs.
    run(cmd("trunk").args(["build", "--features", "panic-test", "--dist", "target/dist-panic"]))?;
    run(cmd("node").args(["--test", "--test-concurrency=1", "tests/browser/"]))
}

fn bench(args: &[String]) -> Result<(), String> {
    release_build()?;
    let mut c = cmd("node");
    c.arg("bench/run.mjs").args(args);
    run(&mut c)
}

/// FNV-1a, for a short content hash in a file name.
#[cfg(test)]
mod tests {
    #[test]
    fn preloads_are_dropped_and_other_links_kept() {
        let html = r#"<head><link rel="stylesheet" href="/a.css"/><link rel="modulepreload" href="/x.js" crossorigin="anonymous"><link rel="preload" href="/x_bg.wasm" as="fetch" type="application/wasm"></head>"#;
        assert_eq!(super::without_preloads(html), r#"<head><link rel="stylesheet" href="/a.css"/></head>"#);
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ *b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// Trunk's post-build hook. The page rendered at build time goes into `index.html` (the
/// `prerender` binary, built natively with the `ssr` feature); then the inline module script
/// that loads the wasm becomes `start-<hash>.js`, so the page needs no 'unsafe-inline' or hash
/// in its Content-Security-Policy. The loader marks the page when the app cannot start.
fn post_build() -> Result<(), String> {
    let dir =
        std::env::var("TRUNK_STAGING_DIR").map_err(|_| "TRUNK_STAGING_DIR is not set (run by trunk)".to_string())?;
    let index = Path::new(&dir).join("index.html");
    run(cmd("cargo").args(["run", "--quiet", "--bin", "prerender", "--features", "ssr", "--"]).arg(&index))?;
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let open = "<script type=\"module\">";
    let Some(start) = html.find(open) else {
        return Ok(()); // nothing inline
    };
    let body_start = start + open.len();
    let end = html[body_start..].find("</script>").map(|i| body_start + i).ok_or("unclosed inline script")?;
    // A static import cannot stand in a try block: it becomes a dynamic one.
    let inline = html[body_start..end].trim();
    // The prerendered article paints first: the app starts after the next frame (or 100 ms,
    // where frames are held back, as in a hidden tab), so that its first render never delays the
    // first paint.
    let body: Vec<String> = inline
        .lines()
        .map(|line| match line.trim().strip_prefix("import init, * as bindings from ") {
            Some(rest) => format!(
                "const bindings = await import({});\nconst init = bindings.default;\n{PAINTED}",
                rest.trim_end_matches(';')
            ),
            None => line.to_string(),
        })
        .collect();
    let script = format!(
        "try {{\n{}\n}} catch (e) {{\n  document.documentElement.classList.add('app-failed');\n  console.warn('the calculators could not start:', e);\n}}\n",
        body.join("\n")
    );
    let name = format!("start-{:016x}.js", fnv(script.as_bytes()));
    std::fs::write(Path::new(&dir).join(&name), script).map_err(|e| e.to_string())?;
    let tag = format!("<script type=\"module\" src=\"/{name}\"></script>");
    let html = format!("{}{}{}", &html[..start], tag, &html[end + "</script>".len()..]);
    std::fs::write(&index, without_preloads(&html)).map_err(|e| e.to_string())
}

/// Waits for the page's first frame, or 100 ms at most.
const PAINTED: &str =
    "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 100); });";

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
