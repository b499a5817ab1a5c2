//! Installs the toolchain the build and tests need, skipping whatever is already there.
//! Versions: trunk 0.21 (0.22 needs a newer rustc), wasm-bindgen-cli equal to wasm-bindgen in
//! Cargo.lock, wasm-opt from npm's binaryen (Debian's is too old for current rustc output),
//! Chromium and ChromeDriver, Firefox ESR, WebKitGTK's WebDriver and Xvfb from Debian;
//! geckodriver from crates.io. `ENGINES=chromium` (comma-separated: chromium, firefox, webkit)
//! installs and tests fewer engines.

use crate::{root, run};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn all() -> Result<(), String> {
    build_tools()?;
    browsers()
}

/// What a release build needs, without the browsers the tests drive.
pub fn build_tools() -> Result<(), String> {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    npm()
}

/// A program installed by `cargo install`.
pub fn cargo_bin(name: &str) -> String {
    cargo_home().join("bin").join(name).to_string_lossy().into_owned()
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo"))
}

/// PATH with the cargo binaries and npm's binaries ahead of the system's, so that Trunk finds
/// the right wasm-bindgen and wasm-opt.
pub fn path() -> std::ffi::OsString {
    let mut dirs = vec![cargo_home().join("bin"), root().join("node_modules/.bin")];
    if let Some(p) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(dirs).unwrap()
}

/// The first line a program prints for `--version`, if it runs.
fn version(program: &str) -> Option<String> {
    let out = Command::new(program).arg("--version").env("PATH", path()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").to_string())
}

fn wasm_target() -> Result<(), String> {
    let out =
        Command::new("rustup").args(["target", "list", "--installed"]).output().map_err(|e| format!("rustup: {e}"))?;
    if String::from_utf8_lossy(&out.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result<(), String> {
    if version("trunk").is_some_and(|v| v.starts_with("trunk 0.21.")) {
        return Ok(());
    }
    run(crate::cmd("cargo").args(["install", "trunk", "--version", "^0.21", "--locked"]))
}

/// The wasm-bindgen version Cargo.lock pins.
pub fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen".into())
}

fn wasm_bindgen() -> Result<(), String> {
    let want = locked_wasm_bindgen()?;
    let have = version("wasm-bindgen");
    if have.as_deref() == Some(&format!("wasm-bindgen {want}")) && version("wasm-bindgen-test-runner").is_some() {
        return Ok(());
    }
    // Not --locked: the CLI's own lock file pins a crate version the registry no longer has.
    run(crate::cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &want]))
}

/// The engines to install and test: `ENGINES` (comma-separated), all three by default.
pub fn engines() -> Vec<String> {
    let list = std::env::var("ENGINES").unwrap_or_else(|_| "chromium,firefox,webkit".into());
    list.split(',').map(|e| e.trim().to_string()).filter(|e| !e.is_empty()).collect()
}

/// The geckodriver version (the one Firefox ESR 153 is tested with).
const GECKODRIVER: &str = "0.37.1";

fn browsers() -> Result<(), String> {
    let engines = engines();
    // Chromium runs the main browser tests and the benchmark whatever the choice.
    let mut want: Vec<(&str, &[&str])> =
        vec![("/usr/bin/chromium", &["chromium"]), ("/usr/bin/chromedriver", &["chromium-driver"])];
    if engines.iter().any(|e| e == "firefox") {
        want.push(("/usr/bin/firefox-esr", &["firefox-esr"]));
    }
    if engines.iter().any(|e| e == "webkit") {
        want.push(("/usr/bin/WebKitWebDriver", &["webkit2gtk-driver"]));
        want.push(("/usr/bin/xvfb-run", &["xvfb"]));
    }
    let missing: Vec<&str> =
        want.iter().filter(|(bin, _)| !Path::new(bin).exists()).flat_map(|(_, pkgs)| pkgs.iter().copied()).collect();
    if !missing.is_empty() {
        let sudo = !is_root();
        let apt = |args: &[&str]| {
            let mut c = if sudo { Command::new("sudo") } else { Command::new("apt-get") };
            if sudo {
                c.arg("apt-get");
            }
            c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            run(&mut c)
        };
        apt(&["update", "-q"])?;
        let mut args = vec!["install", "-y", "-q"];
        args.extend(missing);
        apt(&args)?;
    }
    if engines.iter().any(|e| e == "firefox")
        && !version("geckodriver").is_some_and(|v| v.starts_with(&format!("geckodriver {GECKODRIVER}")))
    {
        run(crate::cmd("cargo").args(["install", "geckodriver", "--locked", "--version", GECKODRIVER]))?;
    }
    Ok(())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

/// `npm ci` when node_modules does not match package-lock.json.
fn npm() -> Result<(), String> {
    let lock = root().join("package-lock.json");
    let stamp = root().join("node_modules/.xtask-package-lock.json");
    let want = std::fs::read(&lock).map_err(|e| format!("package-lock.json: {e}"))?;
    if std::fs::read(&stamp).ok().as_deref() == Some(&want[..]) {
        return Ok(());
    }
    run(crate::cmd("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    std::fs::write(&stamp, want).map_err(|e| format!("{}: {e}", stamp.display()))
}
