//! The library names its words by Fluent message id; the English is in the UI's
//! catalog. Every id the library names must be there, and every message there
//! must belong to the library, so neither side drifts.

use std::collections::BTreeSet;

use fluent_bundle::{FluentBundle, FluentResource};
use relief_core::exercises::library;

const FTL: &str = include_str!("../../../ui/src/locales/en/exercises.ftl");

fn named_ids() -> BTreeSet<&'static str> {
    library()
        .iter()
        .flat_map(|e| {
            let t = e.text;
            [t.name, t.purpose, t.progression, t.stop_if]
                .into_iter()
                .chain(t.steps.iter().copied())
                .chain(t.key_points.iter().copied())
        })
        .collect()
}

#[test]
fn every_id_the_library_names_is_in_the_catalog() {
    let resource = FluentResource::try_new(FTL.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("exercises.ftl does not parse: {errors:?}"));
    let mut bundle = FluentBundle::new(vec!["en".parse().expect("en is a language tag")]);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("an id is defined twice: {errors:?}"));
    for id in named_ids() {
        let message = bundle.get_message(id);
        assert!(
            message.is_some_and(|m| m.value().is_some()),
            "{id} is missing from exercises.ftl"
        );
    }
}

#[test]
fn no_message_is_unused() {
    let named = named_ids();
    let defined: BTreeSet<&str> = FTL
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .collect();
    let unused: Vec<_> = defined.difference(&named).collect();
    assert!(unused.is_empty(), "messages no exercise names: {unused:?}");
    assert_eq!(defined.len(), named.len());
}
