//! HTML to text: enough to read the body of a communiqué page or CMS fragment.
//!
//! Block elements become paragraph breaks, `<br>` a line break, list items lines of their
//! own; scripts, styles and comments are dropped; character references are decoded.

/// Whether decoded text is HTML: a doctype or `<html>`, or several block tags.
pub(crate) fn looks_like_html(text: &str) -> bool {
    // Every form below starts with a tag: most documents are rejected on their first character.
    if !text.trim_start().starts_with('<') {
        return false;
    }
    let head: String = text.chars().take(4096).collect::<String>().to_ascii_lowercase();
    let trimmed = head.trim_start();
    if trimmed.starts_with("<!doctype html") || trimmed.starts_with("<html") {
        return true;
    }
    let tags = ["<p>", "<p ", "<div", "<br", "<span", "<li>", "<h1", "<h2", "<h3", "<a href", "<strong>"];
    tags.iter().map(|tag| head.matches(tag).count()).sum::<usize>() >= 3 && trimmed.starts_with('<')
}

/// Elements whose start and end break paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "figure",
    "figcaption",
    "main",
    "aside",
    "nav",
    "pre",
    "hr",
    "dl",
    "dt",
    "dd",
    "address",
    "title",
];

/// Converts HTML to plain text with paragraphs separated by blank lines.
pub(crate) fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, rest.get(..lt).unwrap_or(""));
        rest = rest.get(lt..).unwrap_or("");
        if rest.starts_with("<!--") {
            rest = rest.find("-->").and_then(|end| rest.get(end + 3..)).unwrap_or("");
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A lone '<' that opens no tag is text.
            push_text(&mut out, rest);
            rest = "";
            break;
        };
        let tag = rest.get(1..gt).unwrap_or("");
        rest = rest.get(gt + 1..).unwrap_or("");
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && (name == "script" || name == "style" || name == "head") {
            let end_tag = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = lower.find(&end_tag).and_then(|end| rest.get(end..)).unwrap_or("");
            continue;
        }
        if name == "br" {
            out.push('\n');
        } else if name == "li" {
            out.push_str(if closing { "\n" } else { "\n- " });
        } else if name == "td" || name == "th" {
            out.push(' ');
        } else if BLOCKS.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    push_text(&mut out, rest);
    out
}

/// Appends a text node: white space collapsed as a browser would, references decoded.
fn push_text(out: &mut String, text: &str) {
    let decoded = decode_references(text);
    for ch in decoded.chars() {
        if ch.is_whitespace() && ch != '\u{00A0}' {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
}

/// Named references common in Spanish pages; numeric references in full.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{00A0}'),
    ("aacute", 'á'),
    ("eacute", 'é'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("Aacute", 'Á'),
    ("Eacute", 'É'),
    ("Iacute", 'Í'),
    ("Oacute", 'Ó'),
    ("Uacute", 'Ú'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("ordm", 'º'),
    ("ordf", 'ª'),
    ("deg", '°'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("euro", '€'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("agrave", 'à'),
    ("egrave", 'è'),
    ("ograve", 'ò'),
    ("atilde", 'ã'),
    ("otilde", 'õ'),
    ("shy", '\u{00AD}'),
];

fn decode_references(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        rest = rest.get(amp..).unwrap_or("");
        let semicolon = rest.get(..12).unwrap_or(rest).find(';');
        let decoded = semicolon.and_then(|end| {
            let name = rest.get(1..end)?;
            let ch = if let Some(number) = name.strip_prefix('#') {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)?
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)?
            };
            Some((ch, end + 1))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = rest.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = rest.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_blocks_lists_and_references() {
        let html = "<div><p>Ciudad de M&eacute;xico, 3 de diciembre</p><p>Se aprobaron:</p>\
                    <ul><li>La gu&#237;a.</li><li>El plan &amp; la hoja.</li></ul>\
                    <script>var x = '<p>';</script><!-- nota --></div>";
        let text = to_text(html);
        let paragraphs: Vec<&str> = text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(
            paragraphs,
            vec!["Ciudad de México, 3 de diciembre", "Se aprobaron:", "- La guía.", "- El plan & la hoja."]
        );
    }

    #[test]
    fn recognises_html() {
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("<p>Uno</p>\n<p>Dos <strong>tres</strong></p>"));
        assert!(!looks_like_html("Texto con a < b y <p> suelto."));
    }
}
