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
  claims           regenerate docs/claims.md from content/claims.toml";

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
    run(cmd("node").args(["--test", "--test-concurrency=1", "tests/browser/"]))
}

fn bench(args: &[String]) -> Result<(), String> {
    release_build()?;
    let mut c = cmd("node");
    c.arg("bench/run.mjs").args(args);
    run(&mut c)
}
