//! The first two bytes of a list of folded forms, as a bit set over `u16`: a cheap test that
//! turns most words away before a gazetteer looks them up (the organisation gazetteer at the
//! capitals of a text, the country gazetteer at its word starts). "El", "La" and most names
//! begin no form.

/// One bit per pair of leading bytes that some form begins with.
pub(crate) struct FirstPairs(Vec<u64>);

impl FirstPairs {
    /// The pairs `forms` begin with. A one-byte form begins with any second byte.
    pub(crate) fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Self {
        let mut bits = vec![0u64; 65536 / 64];
        let mut set = |a: u8, b: u8| {
            let bit = usize::from(a) * 256 + usize::from(b);
            if let Some(slot) = bits.get_mut(bit / 64) {
                *slot |= 1 << (bit % 64);
            }
        };
        for form in forms {
            match *form.as_bytes() {
                [a, b, ..] => set(a, b),
                [a] => (0..=u8::MAX).for_each(|b| set(a, b)),
                [] => {}
            }
        }
        FirstPairs(bits)
    }

    /// Whether some form can begin with the folded text `rest`.
    pub(crate) fn may_begin(&self, rest: &[u8]) -> bool {
        let (a, b) = match *rest {
            [a, b, ..] => (a, b),
            [a] => (a, 0),
            [] => return false,
        };
        let bit = usize::from(a) * 256 + usize::from(b);
        self.0.get(bit / 64).is_some_and(|slot| slot >> (bit % 64) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::FirstPairs;

    #[test]
    fn pairs_of_the_forms_only() {
        let pairs = FirstPairs::new(["peru", "o", ""]);
        assert!(pairs.may_begin(b"peru y chile"));
        assert!(pairs.may_begin(b"pe"));
        assert!(!pairs.may_begin(b"pa"));
        // A one-byte form begins with any second byte, and a one-byte text with it.
        assert!(pairs.may_begin(b"oea"));
        assert!(pairs.may_begin(b"o"));
        assert!(!pairs.may_begin(b"p"));
        assert!(!pairs.may_begin(b""));
    }
}
