//! The Learn section's sources, and opening one in the system browser.
//!
//! The list is the UI's own `sources.json`, compiled in, so there is one list.
//! The webview names a source by id and Rust opens that source's address: the
//! webview can never make the app open an address of its choosing, and the app
//! itself never fetches anything.

use std::sync::OnceLock;

use serde::Deserialize;

const SOURCES_JSON: &str = include_str!("../../ui/src/lib/learn/sources.json");

#[derive(Debug, Deserialize)]
pub struct Source {
    pub id: String,
    pub url: String,
}

fn all() -> &'static [Source] {
    static SOURCES: OnceLock<Vec<Source>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        // Compiled in and checked by the tests below: a parse failure is a bug in
        // this build, not something a person can cause.
        serde_json::from_str(SOURCES_JSON)
            .expect("the bundled sources.json parses (checked by tests)")
    })
}

/// The web address of the source with this id, if there is one.
pub fn url_of(id: &str) -> Option<&'static str> {
    all().iter().find(|s| s.id == id).map(|s| s.url.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_has_a_unique_id_and_an_https_address() {
        let sources = all();
        assert!(sources.len() >= 5, "the Learn section cites its sources");
        let mut ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), sources.len(), "ids are unique");
        for source in sources {
            assert!(
                source.url.starts_with("https://"),
                "{} is not https: {}",
                source.id,
                source.url
            );
            assert!(!source.url.contains(char::is_whitespace), "{}", source.url);
        }
    }

    #[test]
    fn lookup_is_by_exact_id_only() {
        let first = &all()[0];
        assert_eq!(url_of(&first.id), Some(first.url.as_str()));
        assert_eq!(url_of("https://example.com"), None);
        assert_eq!(url_of(""), None);
    }
}
