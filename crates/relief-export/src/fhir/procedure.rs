//! The RFN itself as a Procedure.
//!
//! The code is text only: no SNOMED CT concept for radiofrequency neurotomy
//! of facet joint nerves could be confirmed from a source we trust, and a
//! wrong code is worse than none (a receiver would file it as something else).
//! Where it was done goes in `bodySite.text` (region, levels, side), since the
//! journal's levels are words a clinic uses, not body-structure codes.
//!
//! A procedure dated after the export's own date is a booked one: it is
//! exported with status `preparation` and no `performedDateTime`, so nobody
//! reads a future date as done. The baseline pain, the person's usual pain
//! before the procedure, is kept as a note on it: it describes the time before
//! the procedure, not a reading taken on a day.

use std::borrow::Cow;

use relief_core::{Procedure, Region};
use serde::ser::SerializeSeq;

use super::model::{self, CodeableConcept, Entry, Performer, Reference, Resource};
use super::{ids, notes, text, Context};

pub const CODE_TEXT: &str = "Radiofrequency neurotomy of facet joint nerves";

pub fn procedures<S: SerializeSeq>(
    procedures: &[Procedure],
    context: &Context,
    out: &mut S,
) -> Result<(), S::Error> {
    for p in procedures {
        out.serialize_element(&Entry {
            full_url: ids::urn(&format!("procedure/{}", p.id)),
            resource: Resource::Procedure(resource(p, context)),
        })?;
    }
    Ok(())
}

fn resource<'a>(p: &'a Procedure, context: &'a Context) -> model::Procedure<'a> {
    let booked = p.date > context.today;
    model::Procedure {
        status: if booked { "preparation" } else { "completed" },
        code: CodeableConcept::text(CODE_TEXT),
        subject: context.subject(),
        performed_date_time: (!booked).then(|| p.date.to_string()),
        performer: text::optional(p.clinician.as_deref()).map(|c| {
            [Performer {
                actor: Reference::named(c),
            }]
        }),
        location: text::optional(p.clinic.as_deref()).map(Reference::named),
        body_site: [CodeableConcept::text(body_site(p))],
        note: notes([
            booked.then(|| Cow::Owned(format!("Booked for {}.", p.date))),
            p.baseline_pain
                .map(|s| Cow::Owned(format!("Usual pain before the procedure: {}/10.", s.get()))),
            p.notes.as_deref().map(Cow::Borrowed),
        ]),
    }
}

/// "Lumbar facet joints, L4-L5 and L5-S1, both sides". Sacroiliac levels name
/// nerves (the L5 dorsal ramus, S1–S3 lateral branches), not joints.
fn body_site(p: &Procedure) -> String {
    let mut parts = vec![match p.region {
        Region::Lumbar => "Lumbar facet joints",
        Region::Thoracic => "Thoracic facet joints",
        Region::Cervical => "Cervical facet joints",
        Region::Sacroiliac => "Sacroiliac joint",
    }
    .to_owned()];
    if !p.levels.is_empty() {
        let label = match p.region {
            Region::Sacroiliac => "nerves",
            _ => "levels",
        };
        parts.push(format!("{label} {}", p.levels.join(", ")));
    }
    if let Some(side) = p.side {
        parts.push(crate::names::side(side).to_owned());
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use relief_core::Snapshot;

    use super::super::json::to_value;
    use super::*;
    use crate::Period;
    use relief_core::Side;

    fn procedure(date: &str) -> Procedure {
        Procedure {
            id: 3,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            region: Region::Lumbar,
            levels: vec!["L4-L5".into(), "L5-S1".into()],
            side: Some(Side::Both),
            clinic: Some("Kent Centre".into()),
            clinician: None,
            clinic_phone: None,
            baseline_pain: None,
            notes: None,
        }
    }

    /// The procedure's resource, exported on 25 November 2026.
    fn json(p: &Procedure) -> serde_json::Value {
        let snapshot = Snapshot::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let context = Context::new(&snapshot, Period::ALL, today).expect("codes rendered");
        to_value(&Resource::Procedure(resource(p, &context)))
    }

    #[test]
    fn done_and_booked() {
        let done = json(&procedure("2026-11-05"));
        assert_eq!(done["status"], "completed");
        assert_eq!(done["performedDateTime"], "2026-11-05");
        assert_eq!(
            done["bodySite"][0]["text"],
            "Lumbar facet joints, levels L4-L5, L5-S1, both sides"
        );
        assert_eq!(done["location"]["display"], "Kent Centre");
        assert!(done.get("performer").is_none() && done.get("note").is_none());

        let booked = json(&procedure("2027-01-10"));
        assert_eq!(booked["status"], "preparation");
        assert!(booked.get("performedDateTime").is_none());
        assert_eq!(booked["note"][0]["text"], "Booked for 2027-01-10.");
    }
}
