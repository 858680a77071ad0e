//! Spanish temporal expressions: every date, period, relative date and duration of a text,
//! normalised to ISO 8601 at the grain the words give (SPEC.md's value conventions).
//!
//! One pass: the folded text is tokenised once ([`lexer`]); at each token that can open a
//! date phrase (digits, a word of the [`lexicon`] or a function word) the [`grammar`] rules
//! are tried and the longest match wins; the scan resumes after it, so mentions never overlap.
//! The vocabulary (months, weekdays, number words, units, seasons...) is data under
//! `data/dates/`, loaded once per process.

mod grammar;
mod lexer;
mod lexicon;
mod value;

#[cfg(test)]
mod tests;

use acta_record::{DateMention, Span, Warning, WarningCode};

use crate::spans::CharIndex;
use crate::{CivilDate, Doc};

pub use value::Value;

/// Dates found in a document, and the warnings they raise (impossible dates).
#[derive(Debug, Clone, Default)]
pub struct DateFindings {
    /// Every temporal expression, in document order, with byte spans.
    pub mentions: Vec<DateMention>,
    /// impossible_date warnings, with byte spans.
    pub warnings: Vec<Warning>,
}

/// Finds every temporal expression of `doc`; relative ones resolve against `anchor`.
pub fn find(doc: &Doc<'_>, anchor: Option<CivilDate>) -> DateFindings {
    let folded = doc.folded();
    let toks = lexer::tokenize(folded);
    let capitalised = |i: usize| {
        toks.get(i)
            .map(|t| doc.original_range(t.start, t.end).0)
            .and_then(|start| doc.text.get(start..))
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let grammar = grammar::Grammar::new(&toks, anchor, &capitalised);
    let mut findings = DateFindings::default();
    let mut i = 0;
    while i < toks.len() {
        if !grammar.worth_trying(i) {
            i += 1;
            continue;
        }
        let Some(found) = grammar.best_at(i) else {
            i += 1;
            continue;
        };
        i = found.end.max(i + 1);
        if found.suppress {
            continue;
        }
        let (Some(first), Some(last)) =
            (toks.get(found.start), found.end.checked_sub(1).and_then(|e| toks.get(e)))
        else {
            continue;
        };
        let (start, end) = doc.original_range(first.start, last.end);
        let text = doc.slice(start, end).to_string();
        if found.impossible {
            findings.warnings.push(Warning {
                code: WarningCode::ImpossibleDate,
                message: format!("\"{text}\" is not a calendar date"),
                span: Some(Span::new(start, end)),
            });
        }
        findings.mentions.push(DateMention {
            text,
            span: Span::new(start, end),
            value: found.value.as_ref().map(ToString::to_string),
            kind: found.kind,
            relative: found.relative,
            rule: found.rule.to_string(),
        });
    }
    findings
}

/// Every temporal expression of `text` with CHARACTER spans (what the record and the
/// `acta dates` subcommand report), using exactly the pipeline's extractor.
pub fn find_in_text(text: &str, anchor: Option<CivilDate>) -> Vec<DateMention> {
    let doc = Doc::new(text);
    let mut mentions = find(&doc, anchor).mentions;
    let index = CharIndex::new(text);
    for mention in &mut mentions {
        mention.span = Span::new(index.char_offset(mention.span.start), index.char_offset(mention.span.end));
    }
    mentions
}
