//! Messages for people, from the one Fluent catalog the UI also reads.
//!
//! Rust needs words only for errors and start-up notices; everything else is the
//! UI's. Both read `ui/src/locales/<lang>/relief-window.ftl`, so a message is
//! written once. English is the only complete catalog so far.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

const ENGLISH: &str = include_str!("../../ui/src/locales/en/relief-window.ftl");

/// A value to place into a message.
pub enum Arg {
    Text(String),
    Number(f64),
}

fn bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        // The catalog is compiled in and checked by the tests below, so a parse
        // failure here is a bug in this build, not something a person can cause.
        let resource = FluentResource::try_new(ENGLISH.to_owned())
            .expect("the bundled English catalog parses (checked by i18n tests)");
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("en")]);
        // Isolation marks (U+2068/9) would leak into logs and CLI output.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("the bundled English catalog has no duplicate ids (checked by i18n tests)");
        bundle
    })
}

/// The message `id` with `args` filled in. An unknown id gives the id itself, so a
/// missing translation is visible but never crashes; a test keeps ids complete.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    text.into_owned()
}

/// Whether the catalog has a message with this id.
pub fn has_message(id: &str) -> bool {
    bundle().has_message(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_parses_without_errors() {
        assert!(FluentResource::try_new(ENGLISH.to_owned()).is_ok());
    }

    #[test]
    fn arguments_are_filled_in() {
        let text = message("error-note_too_long", &[("max", Arg::Number(2000.0))]);
        assert!(text.contains("2000") || text.contains("2,000"), "{text}");
        assert!(!text.contains('\u{2068}'), "no isolation marks: {text:?}");
    }

    #[test]
    fn unknown_ids_show_the_id() {
        assert_eq!(message("no-such-id", &[]), "no-such-id");
    }
}
