//! Line-level layout: markdown marks, page furniture, hyphenation and paragraph reflow.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::{Flavor, Normalized, PAGE_BREAK};

/// A page number standing alone on its line: "2", "- 2 -", "Página 2 de 3", "2/3", "Pág. 2".
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:p[áa]g(?:ina|\.)?\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:de|/)\s*\d{1,4})?$")
        .expect("static regex")
});
/// A bullet that starts a list item (removed).
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[•·▪◦●○■□➢➤►▶✓✔\-–—*+])\s+").expect("static regex"));
/// An enumerator that starts a list item (kept as text).
static ENUMERATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\(?[a-zA-Z]\)|\(?\d{1,2}[.)]|[ivxIVX]{1,4}[.)])\s+\S").expect("static regex")
});
/// A markdown heading mark.
static HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^#{1,6}\s+").expect("static regex"));
/// A horizontal rule.
static RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:-{3,}|\*{3,}|_{3,})$").expect("static regex"));

/// One line of input after mark removal.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    page: usize,
    /// Begins a new line even inside a paragraph (a list item).
    item: bool,
    heading: bool,
}

/// A block of lines between blank lines.
#[derive(Debug, Default)]
struct Block {
    lines: Vec<Line>,
    /// Blank lines (or a page break) precede it in a way that suggests a page break.
    after_break: bool,
}

pub(crate) fn layout(cleaned: &str, flavor: Flavor) -> Normalized {
    let pages: Vec<&str> = cleaned.split(PAGE_BREAK).collect();
    let furniture = running_furniture(&pages);

    let mut blocks: Vec<Block> = Vec::new();
    let mut current = Block::default();
    let mut blank_run = 0usize;
    let mut page_break_pending = false;
    for (page, page_text) in pages.iter().enumerate() {
        if page > 0 {
            page_break_pending = true;
            if !current.lines.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        }
        let filled = if furniture.is_empty() {
            0
        } else {
            page_text.split('\n').filter(|l| !l.trim().is_empty()).count()
        };
        let mut nth_filled = 0usize;
        for raw_line in page_text.split('\n') {
            let collapsed = collapse_spaces(raw_line);
            let trimmed = collapsed.trim();
            let edge = if trimmed.is_empty() || furniture.is_empty() {
                Edge::default()
            } else {
                nth_filled += 1;
                let edge = edge_lines(filled);
                Edge { top: nth_filled <= edge, bottom: nth_filled + edge > filled }
            };
            if trimmed.is_empty() || is_page_furniture(trimmed, edge, &furniture) {
                if trimmed.is_empty() {
                    blank_run += 1;
                }
                if !current.lines.is_empty() {
                    blocks.push(std::mem::take(&mut current));
                }
                continue;
            }
            let Some(line) = parse_line(trimmed, page, flavor) else {
                continue;
            };
            if current.lines.is_empty() {
                current.after_break = page_break_pending || blank_run >= 2;
            }
            blank_run = 0;
            page_break_pending = false;
            if line.heading && !current.lines.is_empty() {
                blocks.push(std::mem::take(&mut current));
                current.after_break = false;
            }
            let heading = line.heading;
            current.lines.push(line);
            if heading {
                blocks.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.lines.is_empty() {
        blocks.push(current);
    }

    let hyphenated_words = hyphenated_words(&blocks);
    let blocks = split_letterhead(rejoin_across_page_breaks(blocks));
    render(blocks, pages.len(), &hyphenated_words)
}

/// A letterhead's lines are not a paragraph: "SECRETARÍA DE RELACIONES EXTERIORES" over
/// "Comunicado No. 098", "Secretaría de Relaciones Exteriores y Cooperación Internacional" over
/// "República de Honduras", "Comunicado de Prensa" over "C-014/24". The document's first block
/// is cut where a short line is followed by a genre label, a "República de ..." line or a
/// reference code, or where an all-capitals line is followed by one that is not.
fn split_letterhead(blocks: Vec<Block>) -> Vec<Block> {
    // The head's blocks: a letterhead may stand alone and the label block come next
    // ("Secretaría ...", then "Comunicado No. 512" over "Ciudad de México, 6 de noviembre").
    const HEAD_BLOCKS: usize = 3;
    let mut out = Vec::with_capacity(blocks.len() + 2);
    for (index, block) in blocks.into_iter().enumerate() {
        if index < HEAD_BLOCKS {
            out.extend(split_head_block(block));
        } else {
            out.push(block);
        }
    }
    out
}

/// [`split_letterhead`] for one block of the head.
fn split_head_block(first: Block) -> Vec<Block> {
    const SHORT: usize = 70;
    if first.lines.len() < 2 || first.lines.iter().any(|l| l.item || l.page > 0) {
        return vec![first];
    }
    let all_caps = |t: &str| t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
    let label = |t: &str| {
        let lower = t.to_lowercase();
        [
            "comunicado",
            "nota de prensa",
            "nota informativa",
            "boletín",
            "boletin",
            "información para la prensa",
            "informacion para la prensa",
            // "República de Costa Rica", "República Argentina", "República Oriental del Uruguay",
            // "Estado Plurinacional de Bolivia", "Reino de España".
            "república ",
            "republica ",
            "estado plurinacional ",
            "reino de ",
            "principado de ",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
            || !t.contains(' ') && t.chars().any(|c| c.is_ascii_digit())
    };
    let state = |t: &str| {
        let lower = t.to_lowercase();
        ["república ", "republica ", "estado plurinacional ", "reino de ", "principado de "]
            .iter()
            .any(|w| lower.starts_with(w))
    };
    let complete = |t: &str| {
        !t.ends_with(['.', ',', ';', ':', '-'])
            && t.rsplit(' ').next().is_some_and(|w| {
                !matches!(
                    w.to_lowercase().as_str(),
                    "de" | "del" | "la" | "las" | "los" | "el" | "y" | "e" | "en" | "para" | "a"
                )
            })
    };
    let cut = |prev: &Line, next: &Line| {
        prev.text.chars().count() <= SHORT
            && next.text.chars().count() <= SHORT
            && complete(&prev.text)
            && (label(&next.text)
                || all_caps(&prev.text) && !all_caps(&next.text)
                // A numbered label or a state line ends its part: "Comunicado No. 512" over the
                // dateline, "REPÚBLICA DEL PARAGUAY" over "MINISTERIO DE RELACIONES EXTERIORES".
                || label(&prev.text)
                    && (prev.text.ends_with(|c: char| c.is_ascii_digit()) || state(&prev.text))
                    && next.text.starts_with(char::is_uppercase))
    };
    let mut parts: Vec<Block> = Vec::new();
    for line in first.lines {
        let starts_part = parts.last().and_then(|b| b.lines.last()).is_none_or(|prev| cut(prev, &line));
        if starts_part {
            let after_break = parts.is_empty() && first.after_break;
            parts.push(Block { lines: Vec::new(), after_break });
        }
        if let Some(part) = parts.last_mut() {
            part.lines.push(line);
        }
    }
    parts
}

/// How many non-blank lines at the top and at the bottom of a page may be running furniture.
const EDGE_LINES: usize = 2;

/// How many lines at each edge of a page of `filled` non-blank lines may be furniture: on a
/// short page the top and bottom bands must not overlap, or the closing dateline under the
/// last sentence would count as a header ("Washington, D.C., 10 de octubre de 2019").
fn edge_lines(filled: usize) -> usize {
    EDGE_LINES.min(filled / 2)
}

/// Whether a line is among the first or the last [`edge_lines`] non-blank lines of its page.
#[derive(Debug, Clone, Copy, Default)]
struct Edge {
    top: bool,
    bottom: bool,
}

/// Lines that repeat at the top of two or more pages (running headers) and at the bottom of
/// two or more pages (running footers), digits masked. A line at the top of one page and the
/// bottom of another is neither: a dateline repeated above the signature is not a header.
#[derive(Debug, Default)]
struct Furniture {
    top: HashSet<String>,
    bottom: HashSet<String>,
}

impl Furniture {
    fn is_empty(&self) -> bool {
        self.top.is_empty() && self.bottom.is_empty()
    }
}

fn running_furniture(pages: &[&str]) -> Furniture {
    if pages.len() < 2 {
        return Furniture::default();
    }
    let mut top: HashMap<String, usize> = HashMap::new();
    let mut bottom: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let lines: Vec<String> = page
            .split('\n')
            .map(|l| collapse_spaces(l).trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        let edge = edge_lines(lines.len());
        let heads: HashSet<String> = lines.iter().take(edge).map(|l| digits_masked(l)).collect();
        let feet: HashSet<String> = lines.iter().rev().take(edge).map(|l| digits_masked(l)).collect();
        for line in heads {
            *top.entry(line).or_default() += 1;
        }
        for line in feet {
            *bottom.entry(line).or_default() += 1;
        }
    }
    let repeated = |counts: HashMap<String, usize>| -> HashSet<String> {
        counts
            .into_iter()
            .filter(|(line, n)| *n >= 2 && line.chars().count() <= 120)
            .map(|(line, _)| line)
            .collect()
    };
    Furniture { top: repeated(top), bottom: repeated(bottom) }
}

/// Page furniture: a page number alone, or a running header/footer line at its page's edge.
fn is_page_furniture(line: &str, edge: Edge, furniture: &Furniture) -> bool {
    // A page number line is short and has a digit: most lines are rejected without the regex.
    let may_be_number = line.len() <= 40 && line.bytes().any(|b| b.is_ascii_digit());
    if may_be_number && PAGE_NUMBER.is_match(line) {
        return true;
    }
    if !(edge.top || edge.bottom) {
        return false;
    }
    let masked = digits_masked(line);
    (edge.top && furniture.top.contains(&masked)) || (edge.bottom && furniture.bottom.contains(&masked))
}

/// Headers and footers differ only in their page number ("Página 2 de 3"): compare without digits.
fn digits_masked(line: &str) -> String {
    line.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

fn collapse_spaces(line: &str) -> Cow<'_, str> {
    if !line.contains("  ") {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut last_space = false;
    for ch in line.chars() {
        if ch == ' ' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(ch);
            last_space = false;
        }
    }
    Cow::Owned(out)
}

/// Removes markdown marks and bullets; None when nothing is left.
fn parse_line(trimmed: &str, page: usize, flavor: Flavor) -> Option<Line> {
    let mut text = Cow::Borrowed(trimmed);
    let mut heading = false;
    let mut item = false;
    if flavor == Flavor::Markdown {
        if RULE.is_match(&text) {
            return None;
        }
        if let Some(m) = HEADING.find(&text) {
            text = Cow::Owned(text[m.end()..].to_string());
            heading = true;
        }
        let before = text.len();
        let stripped = strip_emphasis(&text);
        let bold_line = before != stripped.len() && trimmed.starts_with("**") && trimmed.ends_with("**");
        heading |= bold_line;
        text = Cow::Owned(stripped.trim().to_string());
    }
    // Bullets and enumerators start with a mark or an ASCII letter/digit: look at the first
    // char before running a regex.
    let first = text.chars().next();
    let may_be_bullet = first.is_some_and(|c| !c.is_alphanumeric());
    let may_be_enumerator = first.is_some_and(|c| c.is_ascii_alphanumeric() || c == '(');
    if let Some(m) = may_be_bullet.then(|| BULLET.find(&text)).flatten() {
        text = Cow::Owned(text[m.end()..].to_string());
        item = true;
    } else if text == "•" || text == "-" {
        return None;
    } else if may_be_enumerator && ENUMERATOR.is_match(&text) {
        item = true;
    }
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(Line { text: text.to_string(), page, item, heading })
}

/// Removes `**`, `__` emphasis marks and lone `*`/`_` around words.
fn strip_emphasis(text: &str) -> String {
    let without_double = text.replace("**", "").replace("__", "");
    // Single `*word*` emphasis: drop a `*` touching a word on one side.
    let chars: Vec<char> = without_double.chars().collect();
    let mut out = String::with_capacity(without_double.len());
    for (i, &ch) in chars.iter().enumerate() {
        if ch == '*' {
            let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
            let next = chars.get(i + 1).copied();
            let touches_word =
                prev.is_some_and(|c| c.is_alphanumeric()) || next.is_some_and(|c| c.is_alphanumeric());
            if touches_word {
                continue;
            }
        }
        out.push(ch);
    }
    out
}

/// Words written with a hyphen in the middle of a line ("franco-mexicano"): evidence that a
/// line-end hyphen in the same word is a real one.
fn hyphenated_words(blocks: &[Block]) -> HashSet<String> {
    let mut words = HashSet::new();
    for block in blocks {
        for line in block.lines.iter().filter(|line| line.text.contains('-')) {
            for word in line.text.split(' ') {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                if word.len() > 2 && word.contains('-') && !word.starts_with('-') && !word.ends_with('-') {
                    words.insert(word.to_lowercase());
                }
            }
        }
    }
    words
}

/// A paragraph cut by a page break ("... y" / "seguir ...") is one paragraph.
fn rejoin_across_page_breaks(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks {
        let joinable = block.after_break
            && block.lines.first().is_some_and(|l| !l.item && !l.heading && starts_lowercase(&l.text))
            && out.last().is_some_and(|prev: &Block| {
                prev.lines.last().is_some_and(|l| !l.heading && !ends_sentence(&l.text))
            });
        match out.last_mut() {
            Some(prev) if joinable => prev.lines.extend(block.lines),
            _ => out.push(block),
        }
    }
    out
}

fn starts_lowercase(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_lowercase())
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', ':', ';', '!', '?', '"', '”', '»', ')'])
}

/// Line-end hyphen forms: ASCII hyphen, U+2010 hyphen, U+00AD soft hyphen.
fn split_line_end_hyphen(text: &str) -> Option<(&str, bool)> {
    for (hyphen, soft) in [('\u{00AD}', true), ('\u{2010}', false), ('-', false)] {
        if let Some(stem) = text.strip_suffix(hyphen) {
            if stem.chars().last().is_some_and(|c| c.is_alphabetic()) {
                return Some((stem, soft));
            }
        }
    }
    None
}

fn render(blocks: Vec<Block>, page_count: usize, hyphenated: &HashSet<String>) -> Normalized {
    let mut text = String::new();
    let mut chars = 0usize;
    let mut page_starts: Vec<Option<usize>> = vec![None; page_count.max(1)];
    let mut headings = Vec::new();

    for block in blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
            chars += 2;
        }
        let mut previous: Option<&Line> = None;
        let mut pending_hyphen: Option<bool> = None;
        for line in &block.lines {
            let mut body = line.text.as_str();
            let mut joined_word = false;
            if let Some(prev) = previous {
                if line.item || prev.heading || line.heading {
                    text.push('\n');
                    chars += 1;
                } else if let Some(soft) = pending_hyphen {
                    let first_word: String = body.chars().take_while(|c| c.is_alphanumeric()).collect();
                    let last_word = last_word(&text);
                    let keep_hyphen = !soft
                        && (body.chars().next().is_some_and(|c| c.is_uppercase())
                            || hyphenated.contains(&format!("{last_word}-{first_word}").to_lowercase()));
                    if keep_hyphen {
                        text.push('-');
                        chars += 1;
                    }
                    joined_word = true;
                } else {
                    text.push(' ');
                    chars += 1;
                }
            }
            let _ = joined_word;
            if let Some(slot) = page_starts.get_mut(line.page) {
                slot.get_or_insert(chars);
            }
            pending_hyphen = None;
            if let Some((stem, soft)) = split_line_end_hyphen(body) {
                body = stem;
                pending_hyphen = Some(soft);
            }
            let body = if body.contains('\u{00AD}') {
                Cow::Owned(body.replace('\u{00AD}', ""))
            } else {
                Cow::Borrowed(body)
            };
            let start = chars;
            text.push_str(&body);
            chars += body.chars().count();
            if line.heading {
                headings.push((start, chars));
            }
            previous = Some(line);
        }
        // A hyphen left at the end of a block was not a line-end split.
        if pending_hyphen == Some(false) {
            text.push('-');
            chars += 1;
        }
    }

    // Pages with no text start where the next page's text starts (or at the end).
    let mut resolved = vec![0usize; page_starts.len()];
    let mut next = chars;
    for (index, start) in page_starts.iter().enumerate().rev() {
        next = start.unwrap_or(next);
        if let Some(slot) = resolved.get_mut(index) {
            *slot = next;
        }
    }
    if let Some(first) = resolved.first_mut() {
        *first = 0;
    }
    Normalized { text, page_starts: resolved, headings }
}

fn last_word(text: &str) -> String {
    let word: Vec<char> = text.chars().rev().take_while(|c| c.is_alphanumeric()).collect();
    word.into_iter().rev().collect()
}
