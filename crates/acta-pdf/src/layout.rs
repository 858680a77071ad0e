//! Layout: from positioned glyphs to lines and paragraphs in reading order.

use unicode_normalization::char::compose;

use crate::content::Glyph;

/// Gap, in font-size units, above which two glyphs on one baseline are separate words.
const WORD_GAP: f64 = 0.15;
/// Gap, in font-size units, above which two glyphs on one baseline belong to different chunks.
const CHUNK_GAP: f64 = 1.2;

/// A line of text on a page.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// The line's text.
    pub text: String,
    /// Baseline.
    pub y: f64,
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Dominant font size.
    pub size: f64,
    /// Set when the line is recognised as a running header/footer or page number.
    pub furniture: bool,
}

/// A page laid out: paragraphs (lists of lines) in reading order.
#[derive(Debug, Default)]
pub(crate) struct PageLayout {
    /// Paragraphs in reading order.
    pub paragraphs: Vec<Vec<Line>>,
}

#[derive(Debug, Clone)]
struct Chunk {
    text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    /// Whether the last char pushed was a space (explicit or inferred).
    trailing_space: bool,
}

/// Lay out one page's glyphs.
pub(crate) fn layout(mut glyphs: Vec<Glyph>) -> PageLayout {
    glyphs.retain(|g| {
        g.x.is_finite()
            && g.y.is_finite()
            && g.size.is_finite()
            && g.size > 0.1
            && g.size < 5000.0
            && g.w.is_finite()
    });
    combine_accents(&mut glyphs);
    glyphs.retain(|g| g.x.is_finite());
    let chunks = make_chunks(&glyphs);
    if chunks.is_empty() {
        return PageLayout::default();
    }
    let regions = order_regions(chunks);
    let mut paragraphs = Vec::new();
    for region in regions {
        let lines = make_lines(region);
        split_paragraphs(lines, &mut paragraphs);
    }
    PageLayout { paragraphs }
}

fn spacing_accent(c: char) -> Option<char> {
    Some(match c {
        '\u{00B4}' | '\u{02CA}' | '\u{0301}' => '\u{0301}',
        '`' | '\u{02CB}' | '\u{0300}' => '\u{0300}',
        '\u{00A8}' | '\u{0308}' => '\u{0308}',
        '\u{02DC}' | '~' | '\u{0303}' => '\u{0303}',
        '\u{02C6}' | '^' | '\u{0302}' => '\u{0302}',
        '\u{02C7}' | '\u{030C}' => '\u{030C}',
        '\u{02D8}' | '\u{0306}' => '\u{0306}',
        '\u{00B8}' | '\u{0327}' => '\u{0327}',
        '\u{02DA}' | '\u{030A}' => '\u{030A}',
        '\u{00AF}' | '\u{02C9}' | '\u{0304}' => '\u{0304}',
        '\u{02D9}' | '\u{0307}' => '\u{0307}',
        _ => return None,
    })
}

/// pdfTeX's OT1 fonts draw "á" as "a" plus a separately placed "´": merge such pairs into the
/// precomposed letter when the accent sits over the letter.
fn combine_accents(glyphs: &mut [Glyph]) {
    // merged accents are blanked (NaN x) and dropped by the caller in one pass: linear time
    let mut i = 0;
    while i < glyphs.len() {
        let mut chars = glyphs[i].text.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            i += 1;
            continue;
        };
        let Some(mark) = spacing_accent(c) else {
            i += 1;
            continue;
        };
        let acc_center = glyphs[i].x + glyphs[i].w / 2.0;
        let mut merged = false;
        for j in [i + 1, i.wrapping_sub(1)] {
            let Some(base) = glyphs.get(j) else { continue };
            let mut bc = base.text.chars();
            let (Some(b), None) = (bc.next(), bc.next()) else { continue };
            if !b.is_alphabetic() {
                continue;
            }
            let tol = base.w.max(base.size * 0.3) * 0.6;
            let base_center = base.x + base.w / 2.0;
            if (acc_center - base_center).abs() > tol || (base.y - glyphs[i].y).abs() > base.size {
                continue;
            }
            let b = match b {
                '\u{0131}' => 'i',
                '\u{0237}' => 'j',
                other => other,
            };
            if let Some(composed) = compose(b, mark) {
                glyphs[j].text = composed.to_string();
                glyphs[i].text.clear();
                glyphs[i].x = f64::NAN;
                // the base, if it came after the accent, must not be taken again
                i += if j > i { 2 } else { 1 };
                merged = true;
                break;
            }
        }
        if !merged {
            i += 1;
        }
    }
}

fn push_text(chunk: &mut Chunk, t: &str) {
    for c in t.chars() {
        match c {
            '\u{FB00}' => chunk.text.push_str("ff"),
            '\u{FB01}' => chunk.text.push_str("fi"),
            '\u{FB02}' => chunk.text.push_str("fl"),
            '\u{FB03}' => chunk.text.push_str("ffi"),
            '\u{FB04}' => chunk.text.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => chunk.text.push_str("st"),
            '\u{00A0}' | '\t' | '\n' | '\r' | '\u{2002}'..='\u{200A}' => {
                if !chunk.trailing_space && !chunk.text.is_empty() {
                    chunk.text.push(' ');
                }
                chunk.trailing_space = true;
                continue;
            }
            ' ' => {
                if !chunk.trailing_space && !chunk.text.is_empty() {
                    chunk.text.push(' ');
                }
                chunk.trailing_space = true;
                continue;
            }
            c if c.is_control() || c == '\u{FFFD}' => continue,
            c => chunk.text.push(c),
        }
        chunk.trailing_space = false;
    }
}

fn make_chunks(glyphs: &[Glyph]) -> Vec<Chunk> {
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut cur: Option<Chunk> = None;
    // A space glyph counts only if the next glyph starts past it: Chromium draws zero-advance
    // spaces at every hyphenation opportunity.
    let mut pending_space: Option<f64> = None;
    for g in glyphs {
        let is_blank = g.text.chars().all(char::is_whitespace);
        if is_blank && !g.text.is_empty() {
            if cur.is_some() {
                pending_space = Some(g.x + 0.5 * g.w.max(0.0));
            }
            continue;
        }
        if let Some(c) = cur.as_mut() {
            let size = c.size.min(g.size).max(0.5);
            // a superscript or subscript (footnote call, ordinal) belongs to the line it sits on:
            // judge the baseline distance by the larger of the two sizes
            let same_line = (g.y - c.y).abs() < 0.5 * c.size.max(g.size).max(0.5);
            let gap = g.x - c.x1;
            if same_line && gap > -0.8 * size && gap < CHUNK_GAP * size.max(g.size) {
                let explicit = pending_space.is_some_and(|edge| g.x >= edge - 0.01);
                if (explicit || gap > WORD_GAP * size) && !c.trailing_space && !c.text.is_empty() {
                    c.text.push(' ');
                    c.trailing_space = true;
                }
                pending_space = None;
                if g.size > c.size * 1.2 && (g.y - c.y).abs() > 0.05 * g.size {
                    // the chunk began with a raised, smaller mark (a footnote number before its
                    // text): keep it apart, and take the full-size glyph's baseline as the chunk's
                    if !c.trailing_space && !c.text.is_empty() {
                        c.text.push(' ');
                        c.trailing_space = true;
                    }
                    c.y = g.y;
                }
                push_text(c, &g.text);
                c.x1 = c.x1.max(g.x + g.w);
                if g.size > c.size * 1.1 {
                    c.size = g.size;
                }
                continue;
            }
        }
        pending_space = None;
        if let Some(c) = cur.take() {
            if !c.text.trim().is_empty() {
                chunks.push(c);
            }
        }
        if g.text.is_empty() {
            continue;
        }
        let mut c = Chunk {
            text: String::new(),
            x0: g.x,
            x1: g.x + g.w,
            y: g.y,
            size: g.size,
            trailing_space: false,
        };
        push_text(&mut c, &g.text);
        cur = Some(c);
    }
    if let Some(c) = cur.take() {
        if !c.text.trim().is_empty() {
            chunks.push(c);
        }
    }
    for c in &mut chunks {
        let t = c.text.trim_end().to_string();
        c.text = t;
    }
    chunks
}

/// Split the page into regions read in order: full-width bands, and inside two-column bands
/// the left column before the right one.
fn order_regions(chunks: Vec<Chunk>) -> Vec<Vec<Chunk>> {
    let Some(gutter) = find_gutter(&chunks) else { return vec![chunks] };
    let mut sorted = chunks;
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut regions = Vec::new();
    let mut left: Vec<Chunk> = Vec::new();
    let mut right: Vec<Chunk> = Vec::new();
    let mut spanning: Vec<Chunk> = Vec::new();
    // A short line right under a spanning one, flush with it and alone at its height, is that
    // paragraph's last line ("... marca un nuevo récord" / "semestral"), not a column's start.
    let alone_at: Vec<bool> = sorted
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let same_row = |o: &Chunk| (o.y - c.y).abs() < 0.5 * c.size.max(o.size);
            !(sorted.get(i.wrapping_sub(1)).is_some_and(same_row) || sorted.get(i + 1).is_some_and(same_row))
        })
        .collect();
    for (c, alone) in sorted.into_iter().zip(alone_at) {
        let wraps_spanning = spanning.last().is_some_and(|s: &Chunk| {
            alone
                && left.is_empty()
                && right.is_empty()
                && (s.x0 - c.x0).abs() < 1.0
                && s.y - c.y < 2.0 * s.size
        });
        let crosses = wraps_spanning || (c.x0 < gutter - 1.0 && c.x1 > gutter + 1.0);
        if crosses {
            if !left.is_empty() || !right.is_empty() {
                regions.push(std::mem::take(&mut left));
                regions.push(std::mem::take(&mut right));
            }
            spanning.push(c);
        } else {
            if !spanning.is_empty() {
                regions.push(std::mem::take(&mut spanning));
            }
            if c.x1 <= gutter + 1.0 {
                left.push(c);
            } else {
                right.push(c);
            }
        }
    }
    regions.push(spanning);
    regions.push(left);
    regions.push(right);
    regions.retain(|r| !r.is_empty());
    regions
}

/// A vertical gap that separates two columns of text, if the page has one.
fn find_gutter(chunks: &[Chunk]) -> Option<f64> {
    let xmin = chunks.iter().map(|c| c.x0).fold(f64::INFINITY, f64::min);
    let xmax = chunks.iter().map(|c| c.x1).fold(f64::NEG_INFINITY, f64::max);
    let width = xmax - xmin;
    if width.is_nan() || width <= 50.0 || chunks.len() < 4 {
        return None;
    }

    let mut best: Option<(f64, usize)> = None;
    let steps = 100;
    for k in 30..=70 {
        let gx = xmin + width * f64::from(k) / f64::from(steps);
        let mut lefts = Vec::new();
        let mut rights = Vec::new();
        let mut left_chunks: Vec<&Chunk> = Vec::new();
        let mut right_chunks: Vec<&Chunk> = Vec::new();
        let mut crossing = 0usize;
        for c in chunks {
            if c.x0 < gx - 1.0 && c.x1 > gx + 1.0 {
                crossing += 1;
            } else if c.x1 <= gx + 1.0 {
                lefts.push(c.y);
                left_chunks.push(c);
            } else {
                rights.push(c.y);
                right_chunks.push(c);
            }
        }
        // Few lines on a side (the end of a two-column text) need stronger evidence: no chunk
        // crossing between the columns, and lines that fill their column (table cells are
        // short; column lines are not).
        let few = lefts.len() < 6 || rights.len() < 6;
        let need = if few { 2 } else { 6 };
        if lefts.len() < need || rights.len() < need {
            continue;
        }
        // spanning lines above or below both columns (title, header, footer) do not count
        let lo = lefts.iter().chain(&rights).copied().fold(f64::INFINITY, f64::min);
        let hi = lefts.iter().chain(&rights).copied().fold(f64::NEG_INFINITY, f64::max);
        let inside =
            chunks.iter().filter(|c| c.x0 < gx - 1.0 && c.x1 > gx + 1.0 && c.y > lo && c.y < hi).count();
        if few && (inside > 0 || !fills_column(&left_chunks) || !fills_column(&right_chunks)) {
            continue;
        }
        // side-by-side evidence: right-hand chunks sharing a baseline band with left-hand ones
        let ymin_l = lefts.iter().copied().fold(f64::INFINITY, f64::min);
        let ymax_l = lefts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let beside = rights.iter().filter(|y| **y >= ymin_l && **y <= ymax_l).count();
        if beside < need || inside * 4 > lefts.len().min(rights.len()) {
            continue;
        }
        // columns must be tall: many distinct lines on each side
        let score = crossing;
        if best.map_or(true, |(_, s)| score < s) {
            best = Some((gx, score));
        }
    }
    let (gx, _) = best?;
    // refine: centre of the empty band around gx (between the nearest edges on either side)
    if chunks.iter().any(|c| c.x0 < gx - 1.0 && c.x1 > gx + 1.0) {
        return Some(gx);
    }
    let lo = chunks.iter().filter(|c| c.x1 <= gx + 1.0).map(|c| c.x1).fold(xmin, f64::max);
    let hi = chunks.iter().filter(|c| c.x1 > gx + 1.0).map(|c| c.x0).fold(xmax, f64::min);
    Some(if hi > lo { (lo + hi) / 2.0 } else { gx })
}

/// Whether most chunks span most of the width their side of the page covers.
fn fills_column(side: &[&Chunk]) -> bool {
    let x0 = side.iter().map(|c| c.x0).fold(f64::INFINITY, f64::min);
    let x1 = side.iter().map(|c| c.x1).fold(f64::NEG_INFINITY, f64::max);
    let extent = x1 - x0;
    let wide = side.iter().filter(|c| c.x1 - c.x0 >= 0.6 * extent).count();
    extent > 0.0 && wide * 2 > side.len()
}

fn make_lines(mut chunks: Vec<Chunk>) -> Vec<Line> {
    chunks.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<(f64, Vec<Chunk>)> = Vec::new();
    for c in chunks {
        if let Some((y, members)) = lines.last_mut() {
            let tol = 0.45 * c.size.min(members.first().map_or(c.size, |m| m.size));
            if (c.y - *y).abs() < tol {
                members.push(c);
                continue;
            }
        }
        lines.push((c.y, vec![c]));
    }
    for (_, members) in &mut lines {
        members.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    let lines = merge_wrapped_cells(lines);
    lines
        .into_iter()
        .map(|(_, members)| {
            let mut text = String::new();
            let mut x1 = f64::NEG_INFINITY;
            let mut main = &members[0];
            for m in &members {
                if !text.is_empty()
                    && !text.ends_with(' ')
                    && (m.x0 - x1 > WORD_GAP * m.size || x1 == f64::NEG_INFINITY)
                {
                    text.push(' ');
                }
                text.push_str(&m.text);
                x1 = x1.max(m.x1);
                if m.text.len() > main.text.len() {
                    main = m;
                }
            }
            Line { text, y: main.y, x0: members[0].x0, x1, size: main.size, furniture: false }
        })
        .collect()
}

/// Table rows whose cells wrap: a line whose chunks all start at the left edges of the cells
/// of the row just above it, but fills fewer cells than that row, continues those cells
/// ("24 de septiembre de | Reunión técnica de comercio y | Dajabón" over "2018 | aduanas").
/// The cell texts are joined so each row stays one line.
fn merge_wrapped_cells(lines: Vec<(f64, Vec<Chunk>)>) -> Vec<(f64, Vec<Chunk>)> {
    let mut out: Vec<(f64, Vec<Chunk>)> = Vec::with_capacity(lines.len());
    for (y, members) in lines {
        if let Some((prev_y, cells)) = out.last_mut() {
            let size = cells.first().map_or(0.0, |c| c.size);
            // (a table row has a handful of cells; the bound keeps hostile lines linear)
            // (cells of a tight table may stand half an em apart: more than a word space)
            let is_row =
                (2..=64).contains(&cells.len()) && cells.windows(2).all(|w| w[1].x0 - w[0].x1 > 0.45 * size);
            let close = *prev_y - y > 0.0 && *prev_y - y < 1.6 * size;
            if is_row && close && members.len() < cells.len() {
                let slots: Option<Vec<usize>> = members
                    .iter()
                    .map(|m| {
                        // aligned with a cell, and not running into the next cell
                        let i = cells
                            .iter()
                            .position(|c| (c.x0 - m.x0).abs() < 2.0 && (c.size - m.size).abs() < 0.5)?;
                        let fits = cells.get(i + 1).map_or(true, |next| m.x1 <= next.x0 + 1.0);
                        fits.then_some(i)
                    })
                    .collect();
                if let Some(slots) =
                    slots.filter(|s| s.iter().any(|&i| i > 0) && s.windows(2).all(|w| w[0] < w[1]))
                {
                    for (m, i) in members.into_iter().zip(slots) {
                        if let Some(cell) = cells.get_mut(i) {
                            // "Reunión técnica de co-" / "mercio y aduanas": one word again
                            if !dehyphenate(&mut cell.text, &m.text, true) {
                                cell.text.push(' ');
                                cell.text.push_str(&m.text);
                            }
                            cell.x1 = cell.x1.max(m.x1);
                        }
                    }
                    *prev_y = y;
                    continue;
                }
            }
        }
        out.push((y, members));
    }
    out
}

fn split_paragraphs(lines: Vec<Line>, out: &mut Vec<Vec<Line>>) {
    if lines.is_empty() {
        return;
    }
    let mut gaps: Vec<f64> =
        lines.windows(2).map(|w| w[0].y - w[1].y).filter(|d| *d > 0.0 && *d < 3.0 * w_size(&lines)).collect();
    gaps.sort_by(f64::total_cmp);
    // The body's line pitch as a multiple of the body's type size: a heading set larger than
    // the body keeps its own, larger pitch between its wrapped lines, and is not split there.
    let body_size = w_size(&lines);
    let pitch_ratio = gaps.get(gaps.len() / 3).map(|p| p / body_size);
    let left = lines.iter().map(|l| l.x0).fold(f64::INFINITY, f64::min);
    let right = lines.iter().map(|l| l.x1).fold(f64::NEG_INFINITY, f64::max);
    let mut para: Vec<Line> = Vec::new();
    for line in lines {
        if let Some(prev) = para.last() {
            let dy = prev.y - line.y;
            let size = prev.size.max(line.size);
            let limit = pitch_ratio.map_or(1.6 * size, |r| {
                let p = r * size.max(body_size);
                (p * 1.3).max(p + 0.3 * size)
            });
            let size_change = (prev.size - line.size).abs() > 0.15 * prev.size.max(line.size);
            // a first-line indent starts a paragraph, unless the line above opens a list item
            // (a hanging indent continues the item)
            let indented = line.x0 > left + 0.8 * line.size
                && line.x0 < left + 4.0 * line.size
                && prev.x0 < left + 0.5 * prev.size
                && !starts_list_item(&prev.text);
            // A gap well above the paragraph's own pitch so far ends it, even when the page's
            // body pitch is larger: a tightly set heading followed by the body.
            let own_pitch = para.len().checked_sub(2).and_then(|i| para.get(i)).map(|p2| p2.y - prev.y);
            let past_own_pitch = own_pitch.is_some_and(|g| g > 0.0 && dy > 1.4 * g && dy - g > 0.3 * size);
            // A lone short line with no closing punctuation, followed by a capital, is a
            // heading set in the body's size ("Estaciones de recepción migratoria").
            let lone_heading = para.len() == 1
                && prev.x1 < right - 0.3 * (right - left)
                && !prev
                    .text
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_punctuation() || c == '»' || c == '”')
                && line.text.chars().next().is_some_and(char::is_uppercase)
                && !starts_list_item(&prev.text);
            if dy > limit || dy < 0.0 || size_change || indented || past_own_pitch || lone_heading {
                out.push(std::mem::take(&mut para));
            }
        }
        para.push(line);
    }
    if !para.is_empty() {
        out.push(para);
    }
}

fn w_size(lines: &[Line]) -> f64 {
    let mut s: Vec<f64> = lines.iter().map(|l| l.size).collect();
    s.sort_by(f64::total_cmp);
    s.get(s.len() / 2).copied().unwrap_or(10.0)
}

/// "• x", "- x", "a) x", "1. x", "(iv) x".
fn starts_list_item(text: &str) -> bool {
    let t = text.trim_start();
    let mut chars = t.chars();
    let Some(first) = chars.next() else { return false };
    if is_bullet(first) || matches!(first, '-' | '–' | '—' | '*') {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let head: String = t.chars().take(6).collect();
    let marker = head.trim_start_matches('(');
    let n = marker.chars().take_while(|c| c.is_alphanumeric()).count();
    (1..=3).contains(&n)
        && marker.chars().nth(n).is_some_and(|c| c == '.' || c == ')')
        && marker.chars().nth(n + 1).is_some_and(char::is_whitespace)
}

/// Bullet glyphs dropped at the start of a line.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '\u{F0B7}'
            | '\u{F0A7}'
            | '\u{F076}'
            | '\u{F0D8}'
            | '▪'
            | '●'
            | '◦'
            | '‣'
            | '⁃'
            | '■'
            | '□'
            | '∙'
            | '·'
    )
}

/// Render paragraphs (furniture excluded) as the page text.
pub(crate) fn render(paragraphs: &[Vec<Line>]) -> String {
    let mut blocks: Vec<Vec<String>> = Vec::new();
    for para in paragraphs {
        let mut lines: Vec<String> = Vec::new();
        for l in para.iter().filter(|l| !l.furniture) {
            let mut t = l.text.trim();
            if let Some(first) = t.chars().next() {
                if is_bullet(first) {
                    t = t[first.len_utf8()..].trim_start();
                }
            }
            if t.is_empty() {
                continue;
            }
            if let Some(prev) = lines.last_mut() {
                if dehyphenate(prev, t, false) {
                    continue;
                }
            }
            lines.push(t.to_string());
        }
        // a word hyphenated across a paragraph split (a list item's hanging indent, a column
        // break) is still one word
        if let (Some(prev_block), Some(first)) = (blocks.last_mut(), lines.first()) {
            if let Some(last) = prev_block.last_mut() {
                if dehyphenate(last, first, true) {
                    prev_block.extend(lines.into_iter().skip(1));
                    continue;
                }
            }
        }
        if !lines.is_empty() {
            blocks.push(lines);
        }
    }
    blocks
        .into_iter()
        .map(|b| b.iter().map(|l| clean_line(l)).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n"))
        .filter(|b| !b.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Join `next` onto `prev` (in place) when `prev` ends with a line-end hyphen: the hyphen goes
/// when `next` starts in lower case (or it is a soft hyphen), stays when it starts with a capital
/// or digit ("Pro-" + "Témpore"). With `lowercase_only`, only the first case joins.
fn dehyphenate(prev: &mut String, next: &str, lowercase_only: bool) -> bool {
    let mut it = prev.chars().rev();
    let (Some(last), Some(before), Some(first)) = (it.next(), it.next(), next.chars().next()) else {
        return false;
    };
    let cut = prev.len() - last.len_utf8();
    let keep_hyphen = match last {
        '\u{00AD}' if !lowercase_only || first.is_lowercase() => false,
        '-' | '\u{2010}' if before.is_alphabetic() && first.is_lowercase() => false,
        '-' | '\u{2010}' if before.is_alphabetic() && first.is_alphanumeric() && !lowercase_only => true,
        _ => return false,
    };
    prev.truncate(cut);
    if keep_hyphen {
        prev.push('-');
    }
    prev.push_str(next);
    true
}

fn clean_line(l: &str) -> String {
    let mut s = String::with_capacity(l.len());
    let mut chars = l.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A soft hyphen drawn inside a line, between letters, is a visible hyphen some
            // producers map to U+00AD ("Pro-Témpore" from Typst); elsewhere it is dropped.
            '\u{00AD}'
                if s.chars().next_back().is_some_and(char::is_alphabetic)
                    && chars.peek().is_some_and(|n| n.is_alphabetic()) =>
            {
                s.push('-')
            }
            '\u{00AD}' => {}
            '\u{2010}' | '\u{2011}' => s.push('-'),
            c if ('\u{E000}'..='\u{F8FF}').contains(&c) => {}
            c => s.push(c),
        }
    }
    s.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_soft_hyphen_inside_a_line_between_letters_is_a_visible_hyphen() {
        // Typst maps the hyphen glyph of "Pro-Témpore" to U+00AD.
        assert_eq!(clean_line("la Presidencia Pro\u{AD}Témpore"), "la Presidencia Pro-Témpore");
        // Elsewhere a soft hyphen is dropped.
        assert_eq!(clean_line("coope\u{AD}"), "coope");
        assert_eq!(clean_line("\u{AD}inicio y 3\u{AD}4"), "inicio y 34");
    }
}
