//! Small rules for the words people type.

/// A typed list as items: "a, b ,, c" (commas or lines) → ["a", "b", "c"].
pub fn split_list(s: &str) -> Vec<String> {
    s.split([',', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::split_list;

    #[test]
    fn lists_split_on_commas_and_lines() {
        assert_eq!(
            split_list(" koken, timmeren ,,\nFatima "),
            ["koken", "timmeren", "Fatima"]
        );
        assert!(split_list(" , ").is_empty());
    }
}
