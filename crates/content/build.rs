//! Reads `content/` (the article, its live figures, claims, payer groups, interface strings),
//! checks it and writes it out as Rust statics (`$OUT_DIR/content.rs`).
//! Any mistake in a content file stops the build with a message naming the file.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "src/slot.rs"]
#[allow(dead_code)]
mod slot;
use slot::Slot;

#[derive(Deserialize)]
struct LayoutFile {
    layout: Layout,
    #[serde(default)]
    live: Vec<Live>,
    #[serde(default)]
    calculator: Vec<Calculator>,
}

#[derive(Deserialize)]
struct Layout {
    byline: String,
    closing: String,
}

#[derive(Deserialize)]
struct Live {
    slot: String,
    context: String,
    mark: String,
}

#[derive(Deserialize)]
struct Calculator {
    id: String,
    paragraph: String,
}

#[derive(Deserialize)]
struct Text {
    de: String,
    en: String,
}

#[derive(Deserialize)]
struct Source {
    publisher: String,
    title: Text,
    date: String,
    url: String,
}

#[derive(Deserialize)]
struct ClaimsFile {
    claim: Vec<Claim>,
}

#[derive(Deserialize)]
struct Claim {
    id: String,
    verdict: String,
    title: Text,
    article_figure: Text,
    source_figure: Text,
    note: Text,
    source: Source,
}

#[derive(Deserialize)]
struct GroupsFile {
    group: Vec<Group>,
}

#[derive(Deserialize)]
struct Group {
    id: String,
    label: Text,
    short: Text,
    noun: Text,
    millions: f64,
    status: Text,
    source: Source,
}

const VERDICTS: [(&str, &str); 5] = [
    ("correct", "Correct"),
    ("rounded", "CorrectRounded"),
    ("imprecise", "Imprecise"),
    ("misattributed", "Misattributed"),
    ("unsourced", "Unsourced"),
];

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut out = String::new();
    article(&dir, &mut out);
    claims(&dir, &mut out);
    groups(&dir, &mut out);
    ui(&dir, &mut out);
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(dest, out).unwrap();
}

fn read(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()))
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    toml::from_str(&read(path)).unwrap_or_else(|e| fail(path, &e.to_string()))
}

fn fail(path: &Path, msg: &str) -> ! {
    panic!("content error in {}: {msg}", path.display())
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn text(t: &Text) -> String {
    format!("Text {{ de: {}, en: {} }}", lit(&t.de), lit(&t.en))
}

fn source(s: &Source, path: &Path) -> String {
    let date_ok = s.date.len() == 10 && s.date.as_bytes()[4] == b'-' && s.date.as_bytes()[7] == b'-';
    if !date_ok {
        fail(path, &format!("date {:?} is not YYYY-MM-DD", s.date));
    }
    if !(s.url.is_empty() || s.url.starts_with("https://")) {
        fail(path, &format!("url {:?} must be https:// or empty", s.url));
    }
    format!(
        "Source {{ publisher: {}, title: {}, date: {}, url: {} }}",
        lit(&s.publisher),
        text(&s.title),
        lit(&s.date),
        lit(&s.url)
    )
}

fn article(dir: &Path, out: &mut String) {
    let text_path = dir.join("article.de.txt");
    let layout_path = dir.join("article.toml");
    let raw = read(&text_path);
    let layout: LayoutFile = parse(&layout_path);

    let mut lines = raw.lines();
    let title = lines.next().unwrap_or_else(|| fail(&text_path, "empty article"));
    let body: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    if body.len() < 3 {
        fail(&text_path, "expected a standfirst, paragraphs and a closing line");
    }
    let standfirst = body[0]
        .strip_suffix(&layout.layout.byline)
        .and_then(|s| s.strip_suffix(' '))
        .unwrap_or_else(|| fail(&layout_path, "the standfirst does not end with the byline"));
    let closing = body[body.len() - 1];
    if closing != layout.layout.closing {
        fail(&layout_path, &format!("the last line is {closing:?}, not the closing"));
    }
    let paragraphs = &body[1..body.len() - 1];

    // Live figures: (paragraph index, byte start, byte end, slot).
    let mut marks: Vec<(usize, usize, usize, Slot)> = Vec::new();
    for live in &layout.live {
        let slot =
            Slot::from_key(&live.slot).unwrap_or_else(|| fail(&layout_path, &format!("unknown slot {:?}", live.slot)));
        let hits: Vec<(usize, usize)> = paragraphs
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.match_indices(live.context.as_str()).map(move |(at, _)| (i, at)))
            .collect();
        if hits.len() != 1 || raw.matches(live.context.as_str()).count() != 1 {
            fail(&layout_path, &format!("context {:?} must occur exactly once", live.context));
        }
        let offset = live
            .context
            .find(live.mark.as_str())
            .unwrap_or_else(|| fail(&layout_path, &format!("mark {:?} not in its context", live.mark)));
        let (i, at) = hits[0];
        marks.push((i, at + offset, at + offset + live.mark.len(), slot));
    }
    for slot in Slot::ALL {
        if !marks.iter().any(|m| m.3 == slot) {
            fail(&layout_path, &format!("slot {:?} is not placed in the text", slot.key()));
        }
    }
    let mut calculators: BTreeMap<usize, String> = BTreeMap::new();
    for calc in &layout.calculator {
        let hits: Vec<usize> = paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.contains(calc.paragraph.as_str()))
            .map(|(i, _)| i)
            .collect();
        if hits.len() != 1 {
            fail(&layout_path, &format!("calculator paragraph {:?} must match one paragraph", calc.paragraph));
        }
        calculators.insert(hits[0], calc.id.clone());
    }

    out.push_str("/// The German original, verbatim.\npub static ARTICLE_DE: Article = Article {\n");
    writeln!(out, "    title: {},", lit(title)).unwrap();
    writeln!(out, "    standfirst: {},", lit(standfirst)).unwrap();
    writeln!(out, "    byline: {},", lit(&layout.layout.byline)).unwrap();
    out.push_str("    paragraphs: &[\n");
    for (i, p) in paragraphs.iter().enumerate() {
        let mut here: Vec<_> = marks.iter().filter(|m| m.0 == i).collect();
        here.sort_by_key(|m| m.1);
        out.push_str("        Paragraph { segments: &[");
        let mut pos = 0;
        for (_, start, end, slot) in here {
            if *start < pos {
                fail(&layout_path, "live figures overlap");
            }
            if *start > pos {
                write!(out, "Segment::Text({}), ", lit(&p[pos..*start])).unwrap();
            }
            write!(out, "Segment::Live {{ slot: Slot::{slot:?}, article: {} }}, ", lit(&p[*start..*end])).unwrap();
            pos = *end;
        }
        if pos < p.len() {
            write!(out, "Segment::Text({})", lit(&p[pos..])).unwrap();
        }
        let calc = match calculators.get(&i) {
            Some(id) => format!("Some({})", lit(id)),
            None => "None".to_string(),
        };
        writeln!(out, "], calculator: {calc} }},").unwrap();
    }
    out.push_str("    ],\n");
    writeln!(out, "    closing: {},\n}};\n", lit(closing)).unwrap();
}

fn claims(dir: &Path, out: &mut String) {
    let path = dir.join("claims.toml");
    let file: ClaimsFile = parse(&path);
    out.push_str("/// The article's claims with their sources and verdicts.\npub static CLAIMS: &[Claim] = &[\n");
    for c in &file.claim {
        let verdict = VERDICTS
            .iter()
            .find(|v| v.0 == c.verdict)
            .unwrap_or_else(|| fail(&path, &format!("claim {}: unknown verdict {:?}", c.id, c.verdict)))
            .1;
        writeln!(
            out,
            "    Claim {{ id: {}, title: {}, article_figure: {}, source_figure: {}, verdict: Verdict::{verdict}, source: {}, note: {} }},",
            lit(&c.id),
            text(&c.title),
            text(&c.article_figure),
            text(&c.source_figure),
            source(&c.source, &path),
            text(&c.note)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
}

fn groups(dir: &Path, out: &mut String) {
    let path = dir.join("payer_groups.toml");
    let file: GroupsFile = parse(&path);
    out.push_str("/// Preset payer groups of C1, each with its source.\npub static PAYER_GROUPS: &[PayerGroup] = &[\n");
    for g in &file.group {
        if !(g.millions.is_finite() && g.millions > 0.0) {
            fail(&path, &format!("group {}: millions must be positive", g.id));
        }
        writeln!(
            out,
            "    PayerGroup {{ id: {}, label: {}, short: {}, noun: {}, millions: {:?}, status: {}, source: {} }},",
            lit(&g.id),
            text(&g.label),
            text(&g.short),
            text(&g.noun),
            g.millions,
            text(&g.status),
            source(&g.source, &path)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
}

fn ui(dir: &Path, out: &mut String) {
    let path = dir.join("ui.toml");
    let file: BTreeMap<String, Text> = parse(&path);
    for key in file.keys() {
        let ok = key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            fail(&path, &format!("key {key:?} must be lower_snake_case"));
        }
    }
    out.push_str(
        "/// Interface strings of one language (from `content/ui.toml`).\n#[derive(Debug)]\npub struct Ui {\n",
    );
    for key in file.keys() {
        writeln!(out, "    pub {key}: &'static str,").unwrap();
    }
    out.push_str("}\n\n");
    for (name, pick) in [("UI_DE", 0), ("UI_EN", 1)] {
        writeln!(out, "pub static {name}: Ui = Ui {{").unwrap();
        for (key, t) in &file {
            let s = if pick == 0 { &t.de } else { &t.en };
            if s.trim().is_empty() {
                fail(&path, &format!("{key}: empty string"));
            }
            writeln!(out, "    {key}: {},", lit(s)).unwrap();
        }
        out.push_str("};\n\n");
    }
}
